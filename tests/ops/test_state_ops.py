"""Variable ops: VariableV2, Assign*, IsVariableInitialized, Scatter*, CountUpTo.

Expected values and error classes were checked against TensorFlow 2.21 (tf-oracle).
"""

import threading

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.ops import state_ops


@pytest.fixture(autouse=True)
def _ref_variables():
    # These are the ref ops' tests: tf.Variable makes TF1's ref variables here (as after
    # tf.disable_resource_variables()); resource variables have tests/training/test_resource_variables.py.
    tf.disable_resource_variables()


def _initialized(sess, *variables):
    sess.run(tf.variables_initializer(list(variables)))


def test_variable_op_outputs_a_ref_tensor_with_the_declared_shape():
    ref = state_ops.variable_op_v2([2, 3], tf.float32, name="raw")
    assert ref.dtype == tf.float32._as_ref
    assert ref.shape.as_list() == [2, 3]
    assert ref.op.type == "VariableV2" and ref.op.name == "raw"
    assert ref.op.get_attr("shared_name") == b"" and ref.op.get_attr("container") == b""


def test_assign_returns_the_ref_and_the_new_value():
    v = tf.Variable([1.0, 2.0], name="v")
    a = tf.assign(v, [3.0, 4.0])
    assert a.dtype == tf.float32._as_ref and a.op.type == "Assign"
    with tf.Session() as sess:
        assert sess.run(a).tolist() == [3.0, 4.0]
        assert sess.run(v).tolist() == [3.0, 4.0]


def test_assign_of_an_uninitialized_variable_initializes_it():
    b = tf.Variable([1.0, 2.0], name="b")
    with tf.Session() as sess:
        assert not sess.run(tf.is_variable_initialized(b))
        assert sess.run(tf.assign(b, [5.0, 6.0])).tolist() == [5.0, 6.0]
        assert sess.run(tf.is_variable_initialized(b))


def test_assign_with_incompatible_static_shape_is_value_error():
    v = tf.Variable([1.0, 2.0], name="v")
    with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal, but are 2 and 3"):
        tf.assign(v, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal"):
        tf.assign_add(v, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="Shapes must be equal rank, but are 1 and 0"):
        tf.assign_sub(v, 1.0)


def test_assign_with_runtime_shape_mismatch_is_invalid_argument():
    w = tf.Variable([1.0, 2.0], name="w")
    p = tf.placeholder(tf.float32)
    assign = tf.assign(w, p)
    with tf.Session() as sess:
        # Even the first assignment must match the declared shape.
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match=r"lhs shape= \[2\] rhs shape= \[3\]"):
            sess.run(assign, {p: [1.0, 2.0, 3.0]})
        sess.run(w.initializer)
        with pytest.raises(tf.errors.InvalidArgumentError, match="Assign requires shapes"):
            sess.run(assign, {p: [1.0, 2.0, 3.0]})
        with pytest.raises(tf.errors.InvalidArgumentError, match="shapes must be equal"):
            sess.run(tf.assign_add(w, p), {p: [1.0, 2.0, 3.0]})
        assert sess.run(w).tolist() == [1.0, 2.0]


def test_assign_without_shape_validation_replaces_the_shape():
    v = tf.Variable([1.0, 2.0], name="v")
    a = tf.assign(v, [1.0, 2.0, 3.0], validate_shape=False)
    assert a.shape.as_list() == [3]
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(a).tolist() == [1.0, 2.0, 3.0]
        assert sess.run(v).tolist() == [1.0, 2.0, 3.0]


def test_assign_add_and_sub_update_the_value():
    v = tf.Variable([1.0, 2.0], name="v")
    i = tf.Variable(3, name="i")
    with tf.Session() as sess:
        _initialized(sess, v, i)
        assert sess.run(tf.assign_add(v, [1.0, 1.0])).tolist() == [2.0, 3.0]
        assert sess.run(tf.assign_sub(v, [0.5, 0.5])).tolist() == [1.5, 2.5]
        out = sess.run(tf.assign_add(i, 4))
        assert out == 7 and out.dtype == np.int32


def test_read_modify_write_of_uninitialized_ref_variable_is_failed_precondition():
    # TF 2.21: ref-variable updates report FailedPreconditionError (resource variables'
    # report NotFoundError).
    c = tf.Variable(3, name="c")
    v = tf.Variable([1.0, 2.0, 3.0], name="v")
    with tf.Session() as sess:
        with pytest.raises(tf.errors.FailedPreconditionError, match="uninitialized value c"):
            sess.run(tf.assign_add(c, 1))
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(tf.assign_sub(c, 1))
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(tf.scatter_add(v, [0], [1.0]))
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(tf.scatter_nd_update(v, [[0]], [1.0]))
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(tf.count_up_to(c, 5))


def test_reading_uninitialized_variable_is_failed_precondition():
    v = tf.Variable(1.0, name="foo")
    with tf.Session() as sess:
        with pytest.raises(tf.errors.FailedPreconditionError,
                           match="Attempting to use uninitialized value foo"):
            sess.run(v)
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(tf.identity(v))


def test_is_variable_initialized_is_per_session():
    v = tf.Variable(1.0, name="v")
    init = tf.is_variable_initialized(v)
    assert init.dtype == tf.bool and init.shape.as_list() == []
    with tf.Session() as s1, tf.Session() as s2:
        assert not s1.run(init)
        s1.run(v.initializer)
        assert s1.run(init) and not s2.run(init)


def test_scatter_updates_follow_tensorflow():
    v = tf.Variable([1.0, 2.0, 3.0], name="v")
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(tf.scatter_update(v, [0, 2], [10.0, 30.0])).tolist() == [10.0, 2.0, 30.0]
        assert sess.run(tf.scatter_add(v, [0, 0], [1.0, 1.0])).tolist() == [12.0, 2.0, 30.0]
        assert sess.run(tf.scatter_sub(v, [1], [5.0])).tolist() == [12.0, -3.0, 30.0]
        assert sess.run(tf.scatter_mul(v, [1], [2.0])).tolist() == [12.0, -6.0, 30.0]
        assert sess.run(tf.scatter_div(v, [2], [4.0])).tolist() == [12.0, -6.0, 7.5]
        assert sess.run(tf.scatter_min(v, [0, 1], [0.0, 100.0])).tolist() == [0.0, -6.0, 7.5]
        assert sess.run(tf.scatter_max(v, [0, 1], [5.0, 100.0])).tolist() == [5.0, 100.0, 7.5]
        assert sess.run(tf.scatter_update(v, [0, 1], 7.0)).tolist() == [7.0, 7.0, 7.5]


def test_scatter_div_on_integers_truncates_toward_zero():
    i = tf.Variable([1, 2, 3], name="i")
    with tf.Session() as sess:
        sess.run(i.initializer)
        assert sess.run(tf.scatter_div(i, [0, 1], [-2, 2])).tolist() == [0, 1, 3]


def test_scatter_rows_of_a_matrix():
    m = tf.Variable(np.zeros((3, 2), np.float32), name="m")
    with tf.Session() as sess:
        sess.run(m.initializer)
        out = sess.run(tf.scatter_add(m, [2, 0, 2], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
        assert out.tolist() == [[3.0, 4.0], [0.0, 0.0], [6.0, 8.0]]


def test_scatter_with_index_out_of_range_is_invalid_argument():
    v = tf.Variable([1.0, 2.0, 3.0], name="v")
    with tf.Session() as sess:
        sess.run(v.initializer)
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"indices\[0\] = 5 is not in \[0, 3\)"):
            sess.run(tf.scatter_update(v, [5], [1.0]))
        assert sess.run(v).tolist() == [1.0, 2.0, 3.0]


def test_count_up_to_counts_then_raises_out_of_range():
    cnt = tf.Variable(0, name="cnt")
    op = tf.count_up_to(cnt, 2)
    with tf.Session() as sess:
        sess.run(cnt.initializer)
        assert [int(sess.run(op)) for _ in range(2)] == [0, 1]
        with pytest.raises(tf.errors.OutOfRangeError, match="Reached limit of 2"):
            sess.run(op)
        assert sess.run(cnt) == 2


def test_variables_with_one_shared_name_share_their_value():
    a = state_ops.variable_op_v2([], tf.float32, name="a", shared_name="shared")
    b = state_ops.variable_op_v2([], tf.float32, name="b", shared_name="shared")
    with tf.Session() as sess:
        sess.run(tf.assign(a, 5.0))
        assert sess.run(b) == 5.0


def test_update_ops_are_colocated_with_the_variable():
    with tf.device("/job:ps/task:1"):
        d = tf.Variable(1.0, name="d")
    with tf.device("/job:worker"):
        add = tf.assign_add(d, 1.0)
        read = d.read_value()
        init = tf.is_variable_initialized(d)
    assert add.device == "/job:ps/task:1" and init.device == "/job:ps/task:1"
    assert d.initializer.device == "/job:ps/task:1"
    assert read.device == "/job:worker"
    assert add.op.get_attr("_class") == [b"loc:@d"]
    assert d.initializer.get_attr("_class") == [b"loc:@d"]


def test_assign_to_a_plain_tensor_is_attribute_error():
    with pytest.raises(AttributeError):
        tf.assign(tf.constant(1.0), 2.0)
    with pytest.raises(AttributeError):
        tf.assign_add(tf.constant(1.0), 2.0)


def test_values_fetched_before_an_update_do_not_change():
    v = tf.Variable([1.0, 2.0], name="v")
    inc = tf.assign_add(v, [1.0, 1.0])
    with tf.Session() as sess:
        sess.run(v.initializer)
        before = sess.run(v)
        before[0] = 100.0  # the caller owns what run returns
        sess.run(inc)
        assert before.tolist() == [100.0, 2.0]
        assert sess.run(v).tolist() == [2.0, 3.0]


def test_a_read_ordered_before_an_update_in_one_run_keeps_the_old_value():
    v = tf.Variable([1.0, 2.0], name="v")
    snapshot = tf.identity(v)
    with tf.control_dependencies([snapshot]):
        inc = tf.assign_add(v, [10.0, 10.0])
    with tf.Session() as sess:
        sess.run(v.initializer)
        old, new = sess.run([snapshot, inc])
        assert old.tolist() == [1.0, 2.0] and new.tolist() == [11.0, 12.0]


def test_concurrent_locked_increments_lose_no_update():
    counter = tf.Variable(0, name="counter")
    inc = tf.assign_add(counter, 1, use_locking=True)
    with tf.Session() as sess:
        sess.run(counter.initializer)

        def work():
            for _ in range(200):
                sess.run(inc)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sess.run(counter) == 800


def test_update_ops_are_stateful_and_not_differentiable():
    from tensorweave.framework.op_def import get_op_def, gradient_of

    assert get_op_def("VariableV2").is_stateful
    for name in ("VariableV2", "Assign", "AssignAdd", "AssignSub", "IsVariableInitialized",
                 "ScatterUpdate", "ScatterAdd", "CountUpTo"):
        assert gradient_of(get_op_def(name)) is None


def test_updates_built_in_a_cond_branch_run_only_with_that_branch():
    # Ref variables can be assigned in a branch only with TF1's control flow (as in TF 2.x).
    tf.disable_control_flow_v2()
    pred = tf.placeholder(tf.bool, shape=[])
    x = tf.constant(2.0)
    taken_true = tf.Variable(0, name="taken_true")
    taken_false = tf.Variable(0, name="taken_false")

    def true_fn():
        with tf.control_dependencies([tf.assign_add(taken_true, 1)]):
            return x * 10.0

    def false_fn():
        with tf.control_dependencies([taken_false.assign_add(1)]):
            return x - 10.0

    out = tf.cond(pred, true_fn, false_fn)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert [sess.run(out, {pred: p}) for p in (True, False, True)] == [20.0, -8.0, 20.0]
        assert (sess.run(taken_true), sess.run(taken_false)) == (2, 1)


def test_arithmetic_updates_reject_bool_variables():
    b = tf.Variable([True, False], name="b")
    with pytest.raises(TypeError, match="DataType bool not in list of allowed values"):
        tf.assign_add(b, [True, True])
    with pytest.raises(TypeError, match="DataType bool not in list of allowed values"):
        tf.scatter_add(b, [0], [True])


def test_scatter_with_mismatched_static_update_shape_is_value_error():
    m = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="m")
    with pytest.raises(ValueError, match="Dimension 1 in both shapes must be equal, but are 3 and 2"):
        tf.scatter_update(m, [0], [[1.0, 2.0, 3.0]])
    with pytest.raises(ValueError, match="Shapes must be equal rank, but are 1 and 2"):
        tf.scatter_update(m, [0, 1], [1.0, 2.0])
    assert tf.scatter_update(m, [0, 1], 1.0).shape.as_list() == [2, 2]
