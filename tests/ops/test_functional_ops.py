"""tf.TensorArray, TensorList ops, tf.map_fn / scan / foldl / foldr and their gradients."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import apply_op
from tensorweave.ops.control_flow_ops import partitioned_call
from tensorweave.ops.list_ops import TensorListValue
from tensorweave.training.gradients import gradients

X = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], np.float32)


# ----------------------------------------------------------------------------- TensorArray
def test_tensor_array_write_read_stack_names_and_shapes():
    ta = tf.TensorArray(tf.float32, size=3)
    assert ta.flow.name == "TensorArrayV2:0" and ta.flow.dtype == tf.variant
    ta2 = ta.write(0, [1.0, 2.0])
    r = ta2.read(0)
    st = ta2.stack()
    assert ta2.flow.name == "TensorArrayV2Write/TensorListSetItem:0"
    assert r.name == "TensorArrayV2Read/TensorListGetItem:0" and r.shape.as_list() == [2]
    assert st.name == "TensorArrayV2Stack/TensorListStack:0" and st.shape.as_list() == [3, 2]
    assert ta.element_shape.as_list() == [2]  # shared with the arrays derived from it
    with tf.Session() as sess:
        rv, sv = sess.run([r, st])
    assert rv.tolist() == [1.0, 2.0]
    assert sv.tolist() == [[1.0, 2.0], [0.0, 0.0], [0.0, 0.0]]  # unwritten elements are zeros


def run_once(fetch):
    with tf.Session() as sess:
        return sess.run(fetch)


def test_tensor_array_checks_dtype_and_element_shape():
    ta = tf.TensorArray(tf.float32, size=2)
    # TF 2.x only logs a wrong-dtype write; running it is an InvalidArgumentError.
    bad = ta.write(0, tf.constant([1, 2]))
    with pytest.raises(tf.errors.InvalidArgumentError, match="Invalid data types"):
        run_once(bad.stack())
    # unstack/split only log a dtype mismatch, as in TF 2.x; scatter's list dtypes must agree.
    assert ta.unstack(tf.constant([[1, 2]])).flow.op.get_attr("element_dtype") == tf.int32
    with pytest.raises(ValueError, match="Expected list with element dtype int32"):
        ta.scatter([0], tf.constant([[1, 2]]))
    ta = ta.write(0, [1.0, 2.0])
    with pytest.raises(ValueError, match=r"Inconsistent shapes: saw \(1,\) but expected \(2,\)"):
        ta.write(1, [3.0])
    with pytest.raises(ValueError, match="Size must be provided"):
        tf.TensorArray(tf.float32)


def test_tensor_array_unstack_gather_concat_split_scatter_size():
    unstacked = tf.TensorArray(tf.float32, size=3).unstack([[1.0], [2.0], [3.0]])
    gathered = unstacked.gather([2, 0])
    concat = tf.TensorArray(tf.float32, size=2, infer_shape=False).write(0, [1.0, 2.0]).write(1, [3.0]).concat()
    split = tf.TensorArray(tf.float32, size=2).split([1.0, 2.0, 3.0], [1, 2])
    scattered = tf.TensorArray(tf.int32, size=3).scatter([2, 0], [[7], [9]]).stack()
    dyn = tf.TensorArray(tf.int32, size=0, dynamic_size=True).write(0, 1).write(1, 2)
    with tf.Session() as sess:
        assert sess.run(gathered).tolist() == [[3.0], [1.0]]
        assert sess.run(concat).tolist() == [1.0, 2.0, 3.0]
        assert sess.run(split.read(1)).tolist() == [2.0, 3.0]
        assert sess.run(scattered).tolist() == [[9], [0], [7]]
        assert sess.run(dyn.size()) == 2 and sess.run(unstacked.size()) == 3
        with pytest.raises(errors.InvalidArgumentError, match="Trying to modify element 5"):
            sess.run(tf.TensorArray(tf.float32, size=2).write(5, 1.0).stack())


def test_tensor_arrays_are_while_loop_variables():
    ta = tf.TensorArray(tf.float32, size=0, dynamic_size=True)

    def body(i, ta):
        return i + 1, ta.write(i, tf.cast(i, tf.float32) * 2.0)

    _, out = tf.while_loop(lambda i, ta: i < 4, body, (0, ta))
    assert isinstance(out, tf.TensorArray)
    with tf.Session() as sess:
        assert sess.run(out.stack()).tolist() == [0.0, 2.0, 4.0, 6.0]


def test_tensor_list_values_are_persistent():
    from tensorweave.framework import dtypes

    empty = TensorListValue.empty(dtypes.float32, (1,))
    a = empty.push(np.ones(1, np.float32))
    b = empty.push(np.zeros(1, np.float32))  # pushing onto an old version copies
    assert [a.size, b.size, empty.size] == [1, 1, 0]
    assert a.get(0).tolist() == [1.0] and b.get(0).tolist() == [0.0]
    rest, top = a.pop()
    assert top.tolist() == [1.0] and rest.size == 0 and a.size == 1
    total = np.add(a, np.zeros_like(a))
    assert isinstance(total, TensorListValue) and total.get(0).tolist() == [1.0]


# ----------------------------------------------------------------------------- map_fn & co
def test_map_fn_builds_a_while_over_tensor_arrays_like_tf():
    m = tf.map_fn(lambda e: e * 2.0, tf.constant(X))
    assert m.name == "map/TensorArrayV2Stack/TensorListStack:0" and m.shape.as_list() == [3, 2]
    while_op = tf.get_default_graph().get_operation_by_name("map/while")
    assert [t.name for t in while_op.inputs] == [
        "map/while/loop_counter:0", "map/while/maximum_iterations:0", "map/Const:0",
        "map/TensorArrayV2_1:0", "map/TensorArrayUnstack/TensorListFromTensor:0"]
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(m), X * 2.0)


def test_map_fn_with_nested_elements_and_output_dtypes():
    a = tf.constant([1, 2])
    b = tf.constant([3, 4])
    s, p = tf.map_fn(lambda t: (t[0] + t[1], t[0] * t[1]), (a, b), dtype=(tf.int32, tf.int32))
    f = tf.map_fn(lambda e: tf.cast(e, tf.float32) / 2.0, a, dtype=tf.float32)
    with tf.Session() as sess:
        assert [v.tolist() for v in sess.run([s, p])] == [[4, 6], [3, 8]]
        assert sess.run(f).tolist() == [0.5, 1.0]
    with pytest.raises(ValueError, match="not scalars"):
        tf.map_fn(lambda e: e, tf.constant(1.0))


def test_map_fn_over_a_fed_batch_and_its_gradient():
    x = tf.placeholder(tf.float32, [None, 2])
    m = tf.map_fn(lambda e: tf.reduce_sum(e * e), x)
    g = gradients(tf.reduce_sum(m), x)[0]
    assert m.shape.as_list() == [None]
    with tf.Session() as sess:
        mv, gv = sess.run([m, g], {x: X})
    np.testing.assert_allclose(mv, (X * X).sum(axis=1))
    np.testing.assert_allclose(gv, 2 * X)


def test_scan_forward_reverse_and_gradient():
    x = tf.placeholder(tf.float32, [None, 2])
    s = tf.scan(lambda a, e: a * e, x, initializer=tf.ones([2]))
    r = tf.scan(lambda a, e: a + e, x, reverse=True)
    cum = tf.scan(lambda a, e: a + e, tf.constant([1, 2, 3]))
    g = gradients(tf.reduce_sum(s), x)[0]
    with tf.Session() as sess:
        sv, rv, cv, gv = sess.run([s, r, cum, g], {x: X})
    np.testing.assert_allclose(sv, np.cumprod(X, axis=0))
    np.testing.assert_allclose(rv, np.cumsum(X[::-1], axis=0)[::-1])
    assert cv.tolist() == [1, 3, 6]
    np.testing.assert_allclose(gv, [[5.5, -0.5], [1.5, 3.0], [3.0, -2.0]])  # TF 2.21's values


def test_foldl_and_foldr_order_and_gradient():
    x = tf.placeholder(tf.float32, [None, 2])
    fl = tf.foldl(lambda a, e: a * 2.0 + e, x)
    fr = tf.foldr(lambda a, e: a * 2.0 + e, x, initializer=tf.zeros([2]))
    digits_l = tf.foldl(lambda a, e: a * 10 + e, tf.constant([1, 2, 3]))
    digits_r = tf.foldr(lambda a, e: a * 10 + e, tf.constant([1, 2, 3]))
    g = gradients(tf.reduce_sum(fl), x)[0]
    assert fl.name == "foldl/while/Identity_3:0"
    with tf.Session() as sess:
        lv, rv, dl, dr, gv = sess.run([fl, fr, digits_l, digits_r, g], {x: X})
    np.testing.assert_allclose(lv, X[0] * 4 + X[1] * 2 + X[2])
    np.testing.assert_allclose(rv, X[2] * 4 + X[1] * 2 + X[0])
    assert (dl, dr) == (123, 321)
    np.testing.assert_allclose(gv, [[4.0, 4.0], [2.0, 2.0], [1.0, 1.0]])


# ----------------------------------------------------------------------------- function calls
def test_partitioned_call_runs_a_function_and_is_differentiable():
    x = tf.placeholder(tf.float32, [2])
    v = tf.Variable(0.0, use_resource=False)
    (y,) = partitioned_call(lambda: x * x * 3.0)
    (z,) = partitioned_call(lambda: (apply_op("AssignAdd", [v, 1.0], {}), x + 1.0)[1])
    assert y.op.type == "PartitionedCall" and z.op.type == "StatefulPartitionedCall"
    g = gradients(tf.reduce_sum(y), x)[0]
    with tf.Session() as sess:
        sess.run(v.initializer)
        yv, gv, _ = sess.run([y, g, z], {x: [1.0, 2.0]})
        assert sess.run(v) == 1.0
    np.testing.assert_allclose(yv, [3.0, 12.0])
    np.testing.assert_allclose(gv, [6.0, 12.0])


# ----------------------------------------------------------------------------- conformance (control3)
def test_tensor_array_has_no_handle_and_keeps_dynamic_size_as_given():
    ta = tf.TensorArray(tf.float32, size=2)
    assert ta.handle is None and ta.dynamic_size is None
    assert tf.TensorArray(tf.float32, size=0, dynamic_size=True).write(0, 1.0).dynamic_size is True


def test_tensor_array_split_accepts_int32_length_tensors():
    ta = tf.TensorArray(tf.float32, size=2, infer_shape=False)
    ta = ta.split(tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2)), tf.constant([3, 2]))
    with tf.Session() as sess:
        assert sess.run(ta.read(1)).tolist() == [[6.0, 7.0], [8.0, 9.0]]
        assert sess.run(ta.concat()).shape == (5, 2)


def test_tensor_array_scatter_out_of_range_fails_at_run_time():
    bad = tf.TensorArray(tf.float32, size=2).scatter([0, 9], [1.0, 2.0]).stack()
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError, match="scatter at index 9"):
            sess.run(bad)


def test_tensor_array_gather_scatter_concat_split_gradients():
    x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    ta = tf.TensorArray(tf.float32, size=3).unstack(x)
    g_gather = tf.gradients(tf.reduce_sum(ta.gather([2, 0]) * 2.0), x)[0]
    w = tf.constant([1.0, 2.0])
    ta2 = tf.TensorArray(tf.float32, size=2, infer_shape=False).write(0, w).write(1, w * 3.0)
    g_concat = tf.gradients(tf.reduce_sum(ta2.concat() ** 2), w)[0]
    v = tf.constant([1.0, 2.0, 3.0])
    g_split = tf.gradients(tf.reduce_sum(tf.TensorArray(tf.float32, size=2).split(v * v, [1, 2]).read(1)), v)[0]
    rows = tf.constant([[1.0, 1.0], [2.0, 2.0]])
    scattered = tf.TensorArray(tf.float32, size=3).scatter([2, 0], rows * rows)
    g_scatter = tf.gradients(tf.reduce_sum(scattered.stack() * 3.0), rows)[0]
    with tf.Session() as sess:
        assert sess.run(g_gather).tolist() == [[2.0, 2.0], [0.0, 0.0], [2.0, 2.0]]
        np.testing.assert_allclose(sess.run(g_concat), [20.0, 40.0])
        assert sess.run(g_split).tolist() == [0.0, 4.0, 6.0]
        assert sess.run(g_scatter).tolist() == [[6.0, 6.0], [12.0, 12.0]]


def test_map_fn_takes_tensor_specs_as_output_signature():
    m = tf.map_fn(lambda r: r[:2], tf.placeholder(tf.float32, [3, None]),
                  fn_output_signature=tf.TensorSpec([2], tf.float32))
    assert m.dtype == tf.float32 and m.shape.as_list() == [3, 2]
