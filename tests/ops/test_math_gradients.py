"""Each math-family gradient against central finite differences, through tf.gradients.

Inputs are float64 placeholders; the checked scalar is sum(f(x) * w) for a fixed random w.
`dynamic=True` hides the static shapes so the shape-agnostic gradient paths run too.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

try:
    from tensorweave.training.gradients import gradients
except ImportError:  # pragma: no cover - depends on another family's progress
    gradients = None

pytestmark = pytest.mark.skipif(gradients is None, reason="tensorweave.training.gradients not available")

_RNG = np.random.default_rng(1234)


def _rand(*shape, low=-1.0, high=1.0):
    return _RNG.uniform(low, high, size=shape)


def check_grad(fn, *inputs, dynamic=False, eps=1e-6, rtol=1e-5, atol=1e-6):
    inputs = [np.asarray(x, np.float64) for x in inputs]
    with tf.Graph().as_default():
        phs = [tf.placeholder(tf.float64, [None] * x.ndim if dynamic else x.shape) for x in inputs]
        y = fn(*phs)
        feed = dict(zip(phs, inputs))
        with tf.Session() as sess:
            y_val = sess.run(y, feed)
            w_val = _RNG.standard_normal(np.shape(y_val))
            w = tf.placeholder(tf.float64, [None] * np.ndim(y_val) if dynamic else np.shape(y_val))
            loss = tf.reduce_sum(y * w)
            grads = gradients(loss, phs)
            feed[w] = w_val
            analytic = sess.run(grads, feed)
            for i, x in enumerate(inputs):
                numeric = np.zeros_like(x)
                flat = numeric.reshape(-1)
                for j in range(x.size):
                    plus, minus = x.copy(), x.copy()
                    plus.reshape(-1)[j] += eps
                    minus.reshape(-1)[j] -= eps
                    fp = sess.run(loss, {**feed, phs[i]: plus})
                    fm = sess.run(loss, {**feed, phs[i]: minus})
                    flat[j] = (fp - fm) / (2 * eps)
                assert analytic[i] is not None, "no gradient for input %d" % i
                np.testing.assert_allclose(analytic[i], numeric, rtol=rtol, atol=atol,
                                           err_msg="input %d" % i)


BINARY = [
    ("add", tf.add), ("sub", tf.subtract), ("mul", tf.multiply), ("realdiv", tf.realdiv),
    ("maximum", tf.maximum), ("minimum", tf.minimum), ("squared_difference", tf.squared_difference),
    ("atan2", tf.atan2), ("div_no_nan", tf.div_no_nan), ("truediv", tf.truediv),
    ("floormod", tf.floormod),
]


@pytest.mark.parametrize("dynamic", [False, True])
@pytest.mark.parametrize("shapes", [((2, 3), (2, 3)), ((2, 3), (3,)), ((2, 1), (1, 3)), ((), (2, 2))])
@pytest.mark.parametrize("name,fn", BINARY, ids=[b[0] for b in BINARY])
def test_binary_gradients_reduce_broadcast_dims(name, fn, shapes, dynamic):
    x = _rand(*shapes[0], low=0.5, high=2.0)
    y = _rand(*shapes[1], low=-2.0, high=-0.5) + (4.0 if name in ("floormod",) else 0.0)
    check_grad(fn, x, y, dynamic=dynamic)


def test_pow_gradient_for_both_inputs():
    check_grad(tf.pow, _rand(2, 3, low=0.5, high=2.0), _rand(3, low=-1.5, high=1.5))


def test_xlogy_xdivy_gradients():
    check_grad(tf.math.xlogy, _rand(3, low=0.5, high=1.0), _rand(3, low=0.5, high=2.0))
    check_grad(tf.math.xdivy, _rand(3, low=0.5, high=1.0), _rand(3, low=0.5, high=2.0))


UNARY = [
    ("neg", tf.negative, None), ("abs", tf.abs, None), ("square", tf.square, None),
    ("sqrt", tf.sqrt, "pos"), ("rsqrt", tf.rsqrt, "pos"), ("exp", tf.exp, None), ("expm1", tf.expm1, None),
    ("log", tf.log, "pos"), ("log1p", tf.log1p, "pos"), ("reciprocal", tf.reciprocal, "pos"),
    ("sin", tf.sin, None), ("cos", tf.cos, None), ("tan", tf.tan, None), ("asin", tf.asin, "unit"),
    ("acos", tf.acos, "unit"), ("atan", tf.atan, None), ("sinh", tf.sinh, None), ("cosh", tf.cosh, None),
    ("tanh", tf.tanh, None), ("asinh", tf.asinh, None), ("acosh", tf.acosh, "gt1"),
    ("atanh", tf.atanh, "unit"), ("sigmoid", tf.sigmoid, None), ("erf", tf.erf, None),
    ("erfc", tf.erfc, None), ("lgamma", tf.lgamma, "pos"),
    ("cast", lambda x: tf.cast(tf.cast(x, tf.float32), tf.float64) * 1.0, None),
]
_DOMAINS = {None: (-1.5, 1.5), "pos": (0.5, 2.0), "unit": (-0.8, 0.8), "gt1": (1.5, 3.0)}


@pytest.mark.parametrize("name,fn,domain", UNARY, ids=[u[0] for u in UNARY])
def test_unary_gradients(name, fn, domain):
    low, high = _DOMAINS[domain]
    x = _rand(2, 3, low=low, high=high)
    if name == "cast":
        check_grad(fn, x, rtol=1e-3, atol=1e-3, eps=1e-3)
    else:
        check_grad(fn, x)


@pytest.mark.parametrize("name,fn", [("sigmoid", tf.sigmoid), ("tanh", tf.tanh), ("sqrt", tf.sqrt),
                                     ("rsqrt", tf.rsqrt), ("reciprocal", tf.reciprocal)])
def test_second_order_gradients_of_grad_ops(name, fn):
    def first_derivative(x):
        return gradients(tf.reduce_sum(fn(x)), x)[0]

    check_grad(first_derivative, _rand(4, low=0.5, high=2.0))


def test_non_differentiable_ops_give_no_gradient():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [3])
        for y in (tf.floor(x), tf.round(x), tf.cast(tf.cast(x, tf.int32), tf.float32), tf.sign(x)):
            g = gradients(tf.reduce_sum(y), x)[0]
            if g is not None:
                with tf.Session() as sess:
                    assert not sess.run(g, {x: [0.3, 1.2, -2.5]}).any()
        assert gradients(tf.reduce_sum(tf.cast(tf.argmax(x), tf.float32)), x) == [None]


REDUCTIONS = [("sum", tf.reduce_sum), ("mean", tf.reduce_mean), ("max", tf.reduce_max),
              ("min", tf.reduce_min), ("prod", tf.reduce_prod), ("logsumexp", tf.reduce_logsumexp)]


@pytest.mark.parametrize("keepdims", [False, True])
@pytest.mark.parametrize("axis", [None, 0, -1, [0, 2]])
@pytest.mark.parametrize("name,fn", REDUCTIONS, ids=[r[0] for r in REDUCTIONS])
def test_reduction_gradients(name, fn, axis, keepdims):
    x = _rand(2, 3, 2, low=0.5, high=2.0)
    check_grad(lambda t: fn(t, axis=axis, keepdims=keepdims), x)


@pytest.mark.parametrize("name,fn", [r for r in REDUCTIONS if r[0] in ("sum", "mean", "max")])
def test_reduction_gradients_with_unknown_shapes(name, fn):
    x = _rand(2, 3, low=0.5, high=2.0)
    check_grad(lambda t: fn(t, axis=1), x, dynamic=True)
    check_grad(lambda t: fn(t, axis=0, keepdims=True), x, dynamic=True)


def test_prod_gradient_with_zeros():
    x = np.array([[0.0, 2.0, 3.0], [1.0, 0.0, 0.0]])
    check_grad(lambda t: tf.reduce_prod(t, 1), x)


def test_scan_gradients():
    x = _rand(2, 4, low=0.5, high=2.0)
    for exclusive in (False, True):
        for reverse in (False, True):
            check_grad(lambda t: tf.cumsum(t, 1, exclusive=exclusive, reverse=reverse), x)
            check_grad(lambda t: tf.cumprod(t, 1, exclusive=exclusive, reverse=reverse), x)


def test_top_k_values_gradient():
    x = np.array([[0.3, 1.2, -0.5, 0.9], [2.0, -1.0, 0.1, 0.4]])
    check_grad(lambda t: tf.nn.top_k(t, 2)[0], x)


def test_segment_gradients():
    x = _rand(4, 2, low=0.5, high=2.0)
    ids = [0, 0, 1, 3]
    check_grad(lambda t: tf.segment_sum(t, ids), x)
    check_grad(lambda t: tf.segment_mean(t, ids), x)
    check_grad(lambda t: tf.segment_max(t, ids), x)
    check_grad(lambda t: tf.segment_min(t, ids), x)
    check_grad(lambda t: tf.unsorted_segment_sum(t, [1, -1, 0, 1], 3), x)
    check_grad(lambda t: tf.unsorted_segment_max(t, [1, -1, 0, 1], 2), x)


def test_select_and_clip_gradients():
    c = np.array([True, False, True])
    check_grad(lambda a, b: tf.where(c, a, b), _rand(3), _rand(3))
    check_grad(lambda a, b: tf.where_v2(c, a, b), _rand(2, 3), _rand(3))
    check_grad(lambda a: tf.clip_by_value(a, -0.5, 0.5), np.array([-0.9, -0.2, 0.3, 0.8]))
    from tensorweave.framework.op_def import apply_op

    check_grad(lambda a: apply_op("ClipByValue", [a, -0.5, 0.5], {}), np.array([-0.9, -0.2, 0.3, 0.8]))
    check_grad(lambda a, b: tf.add_n([a, b, a]), _rand(2, 2), _rand(2, 2))


@pytest.mark.parametrize("ta,tb", [(False, False), (True, False), (False, True), (True, True)])
def test_matmul_gradients(ta, tb):
    a = _rand(3, 2) if ta else _rand(2, 3)
    b = _rand(4, 3) if tb else _rand(3, 4)
    check_grad(lambda x, y: tf.matmul(x, y, transpose_a=ta, transpose_b=tb), a, b)


@pytest.mark.parametrize("dynamic", [False, True])
def test_batch_matmul_gradients_with_broadcasting(dynamic):
    check_grad(lambda x, y: tf.matmul(x, y), _rand(2, 2, 3), _rand(3, 2), dynamic=dynamic)
    check_grad(lambda x, y: tf.matmul(x, y, adjoint_a=True, adjoint_b=True), _rand(2, 3, 2), _rand(1, 2, 3),
               dynamic=dynamic)


def test_einsum_and_tensordot_gradients():
    check_grad(lambda x, y: tf.einsum("ij,jk->ik", x, y), _rand(2, 3), _rand(3, 2))
    check_grad(lambda x, y: tf.einsum("ij,k->i", x, y), _rand(2, 3), _rand(2))
    check_grad(lambda x, y: tf.tensordot(x, y, [[1], [1]]), _rand(2, 3), _rand(2, 3))


def _spd(x):
    return tf.matmul(x, x, transpose_b=True) + 3.0 * tf.eye(3, dtype=tf.float64)


def test_linalg_gradients():
    a = _rand(3, 3)
    check_grad(tf.matrix_inverse, a + 3 * np.eye(3))
    check_grad(tf.matrix_determinant, a + 3 * np.eye(3))
    check_grad(lambda x: tf.linalg.slogdet(x)[1], a + 3 * np.eye(3))
    check_grad(lambda x: tf.cholesky(_spd(x)), a)
    check_grad(tf.matrix_solve, a + 3 * np.eye(3), _rand(3, 2))
    check_grad(lambda m, r: tf.matrix_triangular_solve(m, r), a + 3 * np.eye(3), _rand(3, 2))
    check_grad(lambda m: tf.matrix_band_part(m, 1, 0), a)
    check_grad(tf.matrix_diag, _rand(2, 3))
    check_grad(tf.linalg.diag_part, a)
    check_grad(lambda m, d: tf.matrix_set_diag(m, d), a, _rand(3))
    check_grad(tf.diag, _rand(3))
    check_grad(tf.trace, a)


def test_composite_gradients():
    x = _rand(2, 3, low=0.5, high=2.0)
    check_grad(lambda t: tf.nn.l2_normalize(t, axis=1), x)
    check_grad(lambda t: tf.clip_by_norm(t, 1.0), x)
    check_grad(lambda t: tf.norm(t, axis=1), x)
    check_grad(lambda t: tf.norm(t, ord=1), x)


@pytest.mark.parametrize("make", [
    lambda x: tf.truncatemod(x, 3.0),
    lambda x: tf.raw_ops.Mod(x=x, y=tf.constant(3.0)),
    lambda x: tf.bitcast(x, tf.int32),
])
def test_ops_without_tf_gradient_raise_lookup_error(make):
    x = tf.constant([1.0, 5.0])
    with pytest.raises(LookupError):
        tf.gradients(make(x), x)


@pytest.mark.parametrize("fn, op_type", [
    (tf.math.xdivy, "Xdivy"), (tf.math.xlogy, "Xlogy"), (tf.math.xlog1py, "Xlog1py"),
])
def test_xlogy_family_gradients_are_always_reduced_like_tf(fn, op_type):
    x = tf.constant([0.0, 3.0, -7.0])
    y = tf.constant([1.0, 2.0, 2.0])
    gx, gy = tf.gradients(fn(x, y), [x, y])
    assert gx.op.type == gy.op.type == "Reshape"
    assert gx.name.endswith("%s_grad/Reshape:0" % op_type)
    assert gy.name.endswith("%s_grad/Reshape_1:0" % op_type)
    assert gx.op.inputs[0].op.inputs[1].op.type == "BroadcastGradientArgs"
    with tf.Session() as sess:
        vx, vy = sess.run([gx, gy])
    assert vx[0] == 0.0 and vy[0] == 0.0  # x == 0 gives zero gradients


def test_integer_division_of_empty_tensor_by_zero_is_empty():
    z = tf.zeros([0], tf.int32)
    with tf.Session() as sess:
        for f in (tf.floormod, tf.floordiv, tf.truncatediv, tf.truncatemod):
            assert sess.run(f(z, 0)).shape == (0,)


def test_select_v2_gradient_reduces_like_tf():
    c = tf.constant([[True, False, True], [False, True, True]])
    b = tf.constant([[7.0, 8.0, 9.0], [1.0, 2.0, 3.0]])
    r = tf.constant([1.0, 2.0, 3.0])
    gr, gb = tf.gradients(tf.where_v2(c, r, b), [r, b])
    assert gr.name == "gradients/SelectV2_grad/Reshape:0"  # Sum(keepdims) then Reshape, as TF
    assert gb.name == "gradients/SelectV2_grad/SelectV2_1:0"  # same shape as the output: untouched
    graph = tf.get_default_graph()
    assert graph.get_operation_by_name("gradients/SelectV2_grad/zeros").type == "Const"
    ph = tf.placeholder(tf.float32, [None, 3])
    (gp,) = tf.gradients(tf.where_v2(ph > 0.0, 0.0, ph), [ph])
    # The scalar then-branch sums over constant axes, no BroadcastGradientArgs.
    types = [o.type for o in graph.get_operations() if o.name.startswith("gradients_1/")]
    assert types.count("BroadcastGradientArgs") == 1
    with tf.Session() as sess:
        np.testing.assert_array_equal(sess.run(gr), [1.0, 1.0, 2.0])
        np.testing.assert_array_equal(sess.run(gp, {ph: [[1.0, -2.0, 3.0]]}), [[0.0, 1.0, 0.0]])


def test_div_no_nan_gradient_names_its_product_mul():
    x = tf.constant([1.0, 2.0])
    y = tf.constant([0.0, 4.0])
    gx, gy = tf.gradients(tf.div_no_nan(x, y), [x, y])
    assert gy.name == "gradients/div_no_nan_grad/mul:0"
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run([gx, gy]), [[0.0, 0.25], [0.0, -0.125]])
