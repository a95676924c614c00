"""tf.gradients and tf.hessians against TF 2.21 (tensorflow.compat.v1, graph mode): the names
of the gradient tensors and of the ops built for them, and a few values TF computes in its
own way (cumprod's div_no_nan, hessians' errors). All names and values below were recorded
from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def _grad_ops(graph, start):
    return [(op.name[len("gradients/"):], op.type) for op in graph.get_operations()[start:]]


# f(x) for x a [2, 3] float32 placeholder -> name of d sum(f(x)) / dx, as TF 2.21 names it.
GRADIENT_NAMES = {
    "sum": (lambda x: tf.reduce_sum(x), "gradients/Sum_grad/Tile:0"),
    "sum_axis": (lambda x: tf.reduce_sum(x, axis=1), "gradients/Sum_grad/Tile:0"),
    "mean": (lambda x: tf.reduce_mean(x), "gradients/Mean_grad/truediv:0"),
    "max": (lambda x: tf.reduce_max(x), "gradients/Max_grad/mul:0"),
    "abs": (tf.abs, "gradients/Abs_grad/mul:0"),
    "exp": (tf.exp, "gradients/Exp_grad/mul:0"),
    "log": (tf.log, "gradients/Log_grad/mul:0"),
    "sin": (tf.sin, "gradients/Sin_grad/mul:0"),
    "cos": (tf.cos, "gradients/Cos_grad/mul:0"),
    "tan": (tf.tan, "gradients/Tan_grad/mul:0"),
    "sign": (tf.sign, "gradients/Sign_grad/zeros_like:0"),
    "softplus": (tf.nn.softplus, "gradients/Softplus_grad/mul:0"),
    "softmax": (tf.nn.softmax, "gradients/Softmax_grad/mul_1:0"),
    "log_softmax": (tf.nn.log_softmax, "gradients/LogSoftmax_grad/sub:0"),
    "l2loss": (tf.nn.l2_loss, "gradients/L2Loss_grad/mul:0"),
    "pow": (lambda x: tf.pow(x, 3.0), "gradients/Pow_grad/mul_1:0"),
    "div": (lambda x: x / tf.constant(2.0), "gradients/truediv_grad/RealDiv:0"),
    "maximum": (lambda x: tf.maximum(x, 0.5), "gradients/Maximum_grad/SelectV2:0"),
    "transpose": (tf.transpose, "gradients/transpose_grad/transpose:0"),
    "unstack": (lambda x: tf.unstack(x)[0], "gradients/unstack_grad/stack:0"),
    "split": (lambda x: tf.split(x, 3, axis=1)[1], "gradients/split_grad/concat:0"),
    "reshape": (lambda x: tf.reshape(x, [-1]), "gradients/Reshape_grad/Reshape:0"),
    "cumprod": (lambda x: tf.cumprod(x, 1), "gradients/Cumprod_grad/div_no_nan:0"),
    "segment_sum": (lambda x: tf.math.segment_sum(x, [0, 0]),
                    "gradients/SegmentSum_grad/GatherV2:0"),
    "sparse_xent": (lambda x: tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=tf.constant([0, 2]), logits=x),
        "gradients/SparseSoftmaxCrossEntropyWithLogits/"
        "SparseSoftmaxCrossEntropyWithLogits_grad/mul:0"),
}


@pytest.mark.parametrize("case", sorted(GRADIENT_NAMES))
def test_gradient_tensor_names_match_tensorflow(case):
    fn, want = GRADIENT_NAMES[case]
    x = tf.placeholder(tf.float32, [2, 3], name="x")
    grad, = tf.gradients(fn(x), x)
    assert grad.name == want


def test_sum_gradient_reshapes_and_tiles_like_tensorflow():
    g = tf.get_default_graph()
    x = tf.placeholder(tf.float32, [2, 3], name="x")
    y = tf.reduce_sum(tf.reduce_sum(x, axis=1))
    n0 = len(g.get_operations())
    tf.gradients(y, x)
    assert _grad_ops(g, n0) == [
        ("Shape", "Const"), ("grad_ys_0/Const", "Const"), ("grad_ys_0", "Fill"),
        ("Sum_1_grad/Reshape/shape", "Const"), ("Sum_1_grad/Reshape", "Reshape"),
        ("Sum_1_grad/Const", "Const"), ("Sum_1_grad/Tile", "Tile"),
        # the kept-dims shape division TF leaves in the graph
        ("Sum_grad/Maximum/x", "Const"), ("Sum_grad/Maximum/y", "Const"),
        ("Sum_grad/Maximum", "Maximum"), ("Sum_grad/floordiv/x", "Const"),
        ("Sum_grad/floordiv", "FloorDiv"), ("Sum_grad/Reshape/shape", "Const"),
        ("Sum_grad/Reshape", "Reshape"), ("Sum_grad/Tile/multiples", "Const"),
        ("Sum_grad/Tile", "Tile")]


# (x shape, y shape) -> (dx name, dy name, op (name, type) list under add_grad/), from TF.
BROADCASTS = [
    ([None, 3], [3], "gradients/grad_ys_0:0", "gradients/add_grad/Reshape:0",
     [("Shape", "Shape"), ("Shape_1", "Const"), ("Sum/reduction_indices", "Const"),
      ("Sum", "Sum"), ("Reshape", "Reshape")]),
    ([None, 3], [None, 3], "gradients/add_grad/Reshape:0", "gradients/add_grad/Reshape_1:0",
     [("Shape", "Shape"), ("Shape_1", "Shape"), ("BroadcastGradientArgs", "BroadcastGradientArgs"),
      ("Sum", "Sum"), ("Reshape", "Reshape"), ("Sum_1", "Sum"), ("Reshape_1", "Reshape")]),
    ([None, 1], [3], "gradients/add_grad/Reshape:0", "gradients/add_grad/Reshape_1:0",
     [("Shape", "Shape"), ("Shape_1", "Const"), ("Sum/reduction_indices", "Const"),
      ("Sum", "Sum"), ("Reshape", "Reshape"), ("Sum_1/reduction_indices", "Const"),
      ("Sum_1", "Sum"), ("Reshape_1", "Reshape")]),
    ([2, None], [2, 1], "gradients/grad_ys_0:0", "gradients/add_grad/Reshape:0",
     [("Shape", "Shape"), ("Shape_1", "Const"), ("Sum/reduction_indices", "Const"),
      ("Sum", "Sum"), ("Reshape", "Reshape")]),
    (None, [3], "gradients/add_grad/Reshape:0", "gradients/add_grad/Reshape_1:0",
     [("Shape", "Shape"), ("Shape_1", "Const"), ("BroadcastGradientArgs", "BroadcastGradientArgs"),
      ("Sum", "Sum"), ("Reshape", "Reshape"), ("Sum_1", "Sum"), ("Reshape_1", "Reshape")]),
    ([2, 3], [1, 3], "gradients/grad_ys_0:0", "gradients/add_grad/Reshape:0",
     [("Shape", "Const"), ("Shape_1", "Const"), ("Sum/reduction_indices", "Const"),
      ("Sum", "Sum"), ("Reshape", "Reshape")]),
    ([2, 3], [2, 3], "gradients/grad_ys_0:0", "gradients/grad_ys_0:0", []),
]


@pytest.mark.parametrize("sx, sy, gx_name, gy_name, ops", BROADCASTS)
def test_broadcast_gradient_ops_match_tensorflow(sx, sy, gx_name, gy_name, ops):
    g = tf.get_default_graph()
    x = tf.placeholder(tf.float32, sx, name="x")
    y = tf.placeholder(tf.float32, sy, name="y")
    z = x + y
    n0 = len(g.get_operations())
    gx, gy = tf.gradients(z, [x, y])
    assert (gx.name, gy.name) == (gx_name, gy_name)
    got = [(n[len("add_grad/"):], t) for n, t in _grad_ops(g, n0) if n.startswith("add_grad/")]
    assert got == ops


def test_broadcast_gradient_values_with_an_unknown_batch():
    v = tf.placeholder(tf.float32, [None, 3])
    b = tf.constant([1.0, 2.0, 3.0])
    gv, gb = tf.gradients(tf.reduce_sum((v + b) * (v - b)), [v, b])
    assert (gv.name, gb.name) == ("gradients/AddN:0", "gradients/AddN_1:0")
    with tf.Session() as sess:
        got_v, got_b = sess.run([gv, gb], {v: [[1., 2., 3.], [0., 1., -1.]]})
    np.testing.assert_allclose(got_v, [[2.0, 4.0, 6.0], [0.0, 2.0, -2.0]])
    np.testing.assert_allclose(got_b, [-4.0, -8.0, -12.0])


def test_cumprod_gradient_divides_without_nan_like_tensorflow():
    x = tf.constant([[1.0, 0.0, 3.0], [2.0, 2.0, 2.0]])
    g, = tf.gradients(tf.cumprod(x, 1), x)
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(g), [[1.0, 0.0, 0.0], [7.0, 6.0, 4.0]])


def test_gather_gradient_values_come_before_indices():
    params = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3), name="p")
    g, = tf.gradients(tf.reduce_sum(tf.gather(params, [0, 2, 0]) * 2.0), params)
    # tf.gather of a variable is named as TF 2.x's sparse_read names it.
    assert g.values.name == "gradients/Gather_grad/Reshape:0"
    assert g.indices.name == "gradients/Gather_grad/Reshape_1:0"


def test_unconnected_variable_gets_zeros_named_like_tensorflow():
    x = tf.Variable(1.0, name="x")
    z = tf.Variable(2.0, name="z")
    g = tf.gradients(x * 3.0, [x, z], unconnected_gradients=tf.UnconnectedGradients.ZERO)
    assert [t.name for t in g] == ["gradients/mul_grad/Mul:0", "zeros:0"]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(g) == [3.0, 0.0]


# ------------------------------------------------------------------ hessians
def test_hessians_are_named_without_a_scope_as_in_tensorflow():
    x = tf.constant([1.0, 2.0, 3.0], name="x")
    with pytest.raises(ValueError, match="None values not supported"):
        tf.hessians(tf.reduce_sum(3.0 * x), x)  # the gradient does not depend on x
    h = tf.hessians(tf.reduce_sum(x * x) + tf.constant(1.0), x)
    assert (h[0].name, h[0].shape.as_list()) == ("Reshape_2:0", [3, 3])
    m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    hm = tf.hessians(tf.reduce_sum(m * m * m), m, name="H")
    assert (hm[0].name, hm[0].shape.as_list()) == ("Reshape_4:0", [2, 2, 2, 2])
    with pytest.raises(ValueError, match="Tried to convert 'tensor' to a tensor"):
        tf.hessians(tf.constant(5.0) * 2.0, x)
    # the names taken before TF's next gradients, constant and reshape
    assert tf.gradients(tf.reduce_sum(x * x), x)[0].name == "gradients_4/AddN:0"
    assert tf.constant(1.0).name == "Const_10:0"
    assert tf.reshape(x, [3]).name == "Reshape_6:0"
    a = tf.constant([1.0, 2.0])
    b = tf.constant([3.0, 0.5])
    hs = tf.hessians(tf.reduce_sum(a * a * b * b), [a, b])
    assert [t.name for t in hs] == ["Reshape_8:0", "Reshape_10:0"]
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(h)[0], np.diag([2.0, 2.0, 2.0]))
        np.testing.assert_allclose(sess.run(hm)[0].reshape(4, 4), np.diag([6.0, 12.0, 18.0, 24.0]))
        got_a, got_b = sess.run(hs)
    np.testing.assert_allclose(got_a, [[18.0, 0.0], [0.0, 0.5]])
    np.testing.assert_allclose(got_b, [[2.0, 0.0], [0.0, 8.0]])


@pytest.mark.parametrize("fn, op_type", [(lambda x: tf.unique(x)[0], "Unique"),
                                         (lambda x: tf.unique_with_counts(x)[0],
                                          "UniqueWithCounts"),
                                         (lambda x: tf.setdiff1d(x, [2.0])[0], "ListDiff")])
def test_ops_without_a_tensorflow_gradient_raise_lookup_error(fn, op_type):
    x = tf.constant([1.0, 2.0, 3.0])
    with pytest.raises(LookupError) as info:
        tf.gradients(fn(x), x)
    # TF 2.21's message (its missing space included)
    assert str(info.value).startswith("No gradient defined for operation'%s' (op type: %s). In "
                                      "general every operation must have an associated "
                                      "`@tf.RegisterGradient`" % (op_type, op_type))


def test_densifying_indexed_slices_without_a_dense_shape_is_an_error():
    s = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([0]))
    with pytest.raises(ValueError, match=r"^Tensor conversion requested for IndexedSlices for "
                                         r"argument `value` without dense_shape: "):
        tf.convert_to_tensor(s)
