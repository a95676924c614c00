"""tf.TensorArray under control flow v1: TF1's TensorArrayV3 resource ops and their gradients
(ops/tensor_array_ops.TensorArrayV1, ops/tf1_data_flow_ops), in and out of v1 while loops."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import context


@pytest.fixture(autouse=True)
def _v1_control_flow():
    context._control_flow_v2 = False  # what tf.disable_control_flow_v2() sets
    yield
    context._control_flow_v2 = True


def _types(prefix=""):
    return [(op.name, op.type) for op in tf.get_default_graph().get_operations() if op.name.startswith(prefix)]


def test_v1_tensor_array_builds_tensor_array_v3_with_tf_names():
    x = tf.placeholder(tf.float32, [3, 2], name="x")
    ta = tf.TensorArray(tf.float32, size=3)
    assert type(ta).__name__ == "TensorArray" and isinstance(ta, tf.TensorArray)
    assert (ta.handle.name, ta.flow.name, ta.flow.dtype) == ("TensorArray:0", "TensorArray:1", tf.float32)
    ta1 = ta.unstack(x)
    assert ta1.flow.name == "TensorArrayUnstack/TensorArrayScatter/TensorArrayScatterV3:0"
    assert ta1.handle is ta.handle and ta.element_shape.as_list() == [2]  # shared, inferred
    assert ta1.read(1).name == "TensorArrayReadV3:0"
    s = ta1.stack()
    assert (s.name, s.shape.as_list()) == ("TensorArrayStack/TensorArrayGatherV3:0", [3, 2])
    assert ta1.gather([0, 1]).shape.as_list() == [None, 2]  # TF's shape fn leaves the count open
    op = tf.get_default_graph().get_operation_by_name("TensorArray")
    assert op.get_attr("identical_element_shapes") is True and op.get_attr("clear_after_read") is True
    assert ta1.flow.op.get_attr("_class") == [b"loc:@x"]  # colocated with the first write


def test_v2_tensor_array_is_unchanged():
    context._control_flow_v2 = True
    ta = tf.TensorArray(tf.float32, size=2)
    assert ta.handle is None and ta.flow.dtype == tf.variant


def test_v1_tensor_array_gradients_use_tensor_array_grad():
    x = tf.placeholder(tf.float32, [3, 2], name="x")
    ta = tf.TensorArray(tf.float32, size=4, clear_after_read=False).unstack(x)
    ta = ta.write(3, ta.read(1) * 2.0)
    g, = tf.gradients(tf.reduce_sum(ta.stack()), x)
    assert g.name == "gradients/TensorArrayUnstack/TensorArrayScatter/TensorArrayScatterV3_grad/TensorArrayGatherV3:0"
    grads = [op for op in tf.get_default_graph().get_operations() if op.type == "TensorArrayGradV3"]
    assert grads and all(op.get_attr("source") == b"gradients" for op in grads)
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(g, {x: np.ones([3, 2])}), [[1, 1], [3, 3], [1, 1]])


def test_v1_tensor_array_in_while_loop_values_and_gradients():
    x = tf.placeholder(tf.float32, [3, 2], name="x")
    w = tf.placeholder(tf.float32, [], name="w")
    m = tf.map_fn(lambda e: e * w, x)
    sc = tf.scan(lambda a, e: a * w + e, x)
    gm = tf.gradients(tf.reduce_sum(m), [x, w])
    gs = tf.gradients(tf.reduce_sum(sc), [x, w])
    assert m.name == "map/TensorArrayStack/TensorArrayGatherV3:0"
    assert ("map/while/TensorArrayWrite/TensorArrayWriteV3", "TensorArrayWriteV3") in _types("map/while")
    xv = np.arange(6, dtype=np.float32).reshape(3, 2)
    with tf.Session() as sess:
        out = sess.run([m] + gm + [sc] + gs, {x: xv, w: 0.5})
    np.testing.assert_allclose(out[0], xv * 0.5)
    assert out[2] == pytest.approx(15.0)
    np.testing.assert_allclose(out[3], [[0, 1], [2, 3.5], [5, 6.75]])
    np.testing.assert_allclose(out[4], [[1.75, 1.75], [1.5, 1.5], [1, 1]])
    assert out[5] == pytest.approx(7.0)


def test_v1_tensor_array_read_twice_fails_after_clear():
    ta = tf.TensorArray(tf.float32, size=1).write(0, 1.0)
    twice = ta.read(0) + ta.read(0)
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Could not read index 0 twice"):
            sess.run(twice)
        with pytest.raises(tf.errors.UnimplementedError, match="size zero"):
            sess.run(tf.TensorArray(tf.float32, size=0).stack())


def test_v1_tensor_array_constructor_errors():
    ta = tf.TensorArray(tf.float32, size=1)
    with pytest.raises(ValueError, match="`size` must be provided"):
        tf.TensorArray(tf.float32)
    with pytest.raises(ValueError, match="both a `handle` and `size`"):
        tf.TensorArray(tf.float32, handle=ta.handle, flow=ta.flow, size=1)
    with pytest.raises(ValueError, match="flow must not be None"):
        tf.TensorArray(tf.float32, handle=ta.handle)
    with pytest.raises(ValueError, match="Inconsistent shapes"):
        ta.write(0, tf.zeros([2])).write(0, tf.zeros([3]))


def test_indexed_slices_gradient_of_loop_invariant_is_accumulated():
    emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(6, 2), name="emb")
    ids = tf.placeholder(tf.int32, [3], name="ids")
    _, acc = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + tf.gather(emb, ids[i])),
                           (0, tf.zeros([2])))
    g, = tf.gradients(tf.reduce_sum(acc), emb)
    assert type(g).__name__ == "IndexedSlices"
    assert g.indices.name == "gradients/while/Gather/Enter_grad/b_acc_7:0"  # ResourceGather, as TF
    train = tf.train.GradientDescentOptimizer(1.0).minimize(tf.reduce_sum(acc), var_list=[emb])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        gv = sess.run(g, {ids: [1, 4, 1]})
        np.testing.assert_array_equal(gv.indices, [0, 1, 4, 1])  # the zero row first, as TF
        np.testing.assert_allclose(gv.values, [[0, 0], [1, 1], [1, 1], [1, 1]])
        sess.run(train, {ids: [1, 4, 1]})
        np.testing.assert_allclose(sess.run(emb)[[1, 4]], [[0, 1], [7, 8]])


def test_loop_tensor_used_outside_its_loop_raises_tf_value_error():
    x = tf.placeholder(tf.float32, [], name="x")
    inner = []

    def body(i, a):
        inner.append(a * 2.0)
        return i + 1, inner[-1]

    tf.while_loop(lambda i, a: i < 3, body, (0, x))
    with pytest.raises(ValueError, match="Cannot use 'while/mul' as input to 'add' because 'while/mul' is in "
                                         "a while loop. See info log"):
        inner[0] + 1.0  # noqa: B018
    with pytest.raises(ValueError, match="because they are in different while loops"):
        tf.while_loop(lambda j: j < 2, lambda j: j + tf.cast(inner[0], tf.int32), [0])


def test_strided_slice_gradient_folds_known_arguments_into_constants():
    x = tf.placeholder(tf.float32, [4, 3], name="x")
    g, = tf.gradients(x[1:, 2], x)
    assert [t.name for t in g.op.inputs[:4]] == [
        "gradients/strided_slice_grad/StridedSliceGrad/shape:0",
        "gradients/strided_slice_grad/StridedSliceGrad/begin:0",
        "gradients/strided_slice_grad/StridedSliceGrad/end:0",
        "gradients/strided_slice_grad/StridedSliceGrad/strides:0"]


def test_colocation_groups_are_sorted_as_tf():
    a = tf.constant(1.0, name="b_second")
    b = tf.constant(2.0, name="a_first")
    with tf.colocate_with(a), tf.colocate_with(b):
        c = tf.identity(a)
    assert c.op.get_attr("_class") == [b"loc:@a_first", b"loc:@b_second"]
