"""The default (resource) Variable API: what tf.gather, tf.assign_*, tf.scatter_*,
assert_variables_initialized and chained updates build for it, matching TF 2.21 graph mode."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default() as g:
        yield g


def test_gather_of_resource_variable_is_its_sparse_read():
    v = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2), name="v")
    g = tf.gather(v, [2, 0])
    g0 = tf.gather(v, [1], axis=tf.constant(0))
    g1 = tf.gather(v, [1], axis=1)
    assert (g.name, g.op.type) == ("Gather:0", "ResourceGather")
    assert g0.op.type == "ResourceGather" and g1.op.type == "GatherV2"
    (grad,) = tf.gradients(tf.reduce_sum(g), [v])
    assert grad.dense_shape.op.type == "Const"  # ResourceGather's gradient
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(g), [[4, 5], [0, 1]])


def test_gather_of_ref_variable_stays_gather_v2():
    v = tf.Variable([[1.0, 2.0]], name="v", use_resource=False)
    g = tf.gather(v, [0])
    assert (g.name, g.op.type) == ("GatherV2:0", "GatherV2")


def test_tf_assign_add_and_sub_ignore_name_for_resource_variables():
    v = tf.Variable([1, 2], name="v")
    a = tf.assign_add(v, [1, 1], name="aa")
    s = tf.assign_sub(v, [1, 1], name="ss")
    n = tf.assign(v, [0, 0], name="asg")
    assert (a.name, s.name, n.name) == ("AssignAddVariableOp", "AssignSubVariableOp", "asg")


def test_tf_scatter_on_resource_variable_converts_updates_to_its_dtype():
    v = tf.Variable([1, 2, 3], name="v")
    with pytest.raises(TypeError):
        tf.scatter_update(v, [0], [1.5])
    r = tf.scatter_add(v, [0], [np.int32(4)])
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(r), [5, 2, 3])


def test_assert_variables_initialized_ranks_the_values_not_the_handles():
    a = tf.Variable(1.0, name="a")
    b = tf.Variable([1.0, 2.0], name="b")
    check = tf.assert_variables_initialized()
    assert check.op.type == "Pack"
    assert [t.op.inputs[0].op.type for t in check.op.inputs] == ["ReadVariableOp"] * 2
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        np.testing.assert_array_equal(sess.run(check), [0, 1])
        del a, b


def test_variable_makes_a_ref_variable_when_resource_variables_are_disabled():
    tf.disable_resource_variables()
    try:
        v = tf.Variable(1.0, name="v")
    finally:
        tf.enable_resource_variables()
    w = tf.Variable(2.0, name="w", use_resource=False)
    assert type(v).__name__ == "RefVariable" and type(w).__name__ == "RefVariable"
    assert isinstance(v, tf.Variable) and v.op.type == "VariableV2"
    assert type(tf.Variable(3.0)).__name__ == "ResourceVariable"


def test_scatter_nd_through_an_assign_result_runs_after_the_assign():
    v = tf.Variable([1.0, 2.0, 3.0], name="v")
    a = v.assign([10.0, 20.0, 30.0])
    n = a.scatter_nd_update(tf.constant([[2]]), tf.constant([7.0]))
    assert [o.name for o in n.op.control_inputs] == [a.op.name]
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(n), [10.0, 20.0, 7.0])


def test_read_value_of_an_assign_result_is_a_read_after_the_assign():
    v = tf.Variable([1.0, 2.0], name="v")
    a = v.assign([3.0, 4.0])
    r = a.read_value()
    assert r.op.type == "ReadVariableOp" and r.op.control_inputs == [a.op]
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(r), [3.0, 4.0])


def test_set_shape_of_a_resource_variable_merges_its_static_shape():
    v = tf.Variable(tf.placeholder_with_default([1.0, 2.0], [None]), name="v")
    assert v.shape.as_list() == [None]
    v.set_shape([2])
    assert v.shape.as_list() == [2] and v.get_shape().as_list() == [2]
    with pytest.raises(ValueError):
        v.set_shape([3])


def test_batch_scatter_update_method_on_resource_and_ref_variables():
    for use_resource in (None, False):
        with tf.Graph().as_default():
            v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v", use_resource=use_resource)
            b = v.batch_scatter_update(
                tf.IndexedSlices(tf.constant([[9.0], [8.0]]), tf.constant([[1], [0]])))
            with pytest.raises(TypeError):
                v.batch_scatter_update(tf.constant([1.0]))
            with tf.Session() as sess:
                sess.run(v.initializer)
                np.testing.assert_array_equal(sess.run(b), [[1.0, 9.0], [8.0, 4.0]])


def test_batch_scatter_update_through_an_assign_result_runs_after_the_assign():
    v = tf.Variable([[1.0, 2.0]], name="v")
    a = v.assign([[5.0, 6.0]])
    b = a.batch_scatter_update(tf.IndexedSlices(tf.constant([[0.0]]), tf.constant([[1]])))
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(b), [[5.0, 0.0]])
