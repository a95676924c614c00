"""Resource-variable ops: VarHandleOp, ReadVariableOp, Assign*VariableOp, ResourceGather,
ResourceScatter*, and the ResourceApply* twins of the training ops."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import apply_op
from tensorweave.ops import resource_variable_ops as rvo


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default() as g:
        yield g


def handle(shape=(3, 2), dtype=tf.float32, name="v", shared_name=None):
    return rvo.var_handle_op(dtype, shape, shared_name=name if shared_name is None else shared_name,
                             name=name)


def test_var_handle_op_declares_tf_schema():
    h = handle()
    assert h.dtype == tf.resource and h.shape.as_list() == []
    assert h.op.type == "VarHandleOp" and h.name == "v:0"
    assert h.op.get_attr("shared_name") == b"v" and h.op.get_attr("container") == b""
    assert tf.TensorShape(h.op.get_attr("shape")).as_list() == [3, 2]  # a TensorShapeProto, as in TF
    assert h.op.get_attr("allowed_devices") == []
    assert tf.resource.as_datatype_enum == 20


def test_assign_then_read_returns_the_value_and_is_initialized_flips():
    h = handle()
    value = np.arange(6, dtype=np.float32).reshape(3, 2)
    assign = rvo.assign_variable_op(h, value)
    read = rvo.read_variable_op(h, tf.float32)
    assert read.shape.as_list() == [3, 2]
    init = rvo.var_is_initialized_op(h)
    with tf.Session() as sess:
        assert not sess.run(init)
        sess.run(assign)
        assert sess.run(init)
        np.testing.assert_array_equal(sess.run(read), value)
        np.testing.assert_array_equal(sess.run(rvo.variable_shape(h)), [3, 2])


def test_read_of_uninitialized_variable_is_failed_precondition_with_tf_message():
    read = rvo.read_variable_op(handle(), tf.float32)
    with tf.Session() as sess, pytest.raises(errors.FailedPreconditionError) as info:
        sess.run(read)
    assert info.value.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1] == (
        "Could not find variable v. This could mean that the variable has been deleted. In TF1, "
        "it can also mean the variable is uninitialized. Debug info: container=localhost, status "
        "error message=Container localhost does not exist. (Could not find resource: localhost/v)")


def test_update_of_uninitialized_variable_is_not_found():
    add = rvo.assign_add_variable_op(handle(), np.ones((3, 2), np.float32))
    with tf.Session() as sess, pytest.raises(errors.NotFoundError,
                                             match=r"Could not find resource: localhost/v"):
        sess.run(add)


def test_read_with_wrong_dtype_fails_at_graph_construction():
    with pytest.raises(ValueError, match="Trying to read variable with wrong dtype. Expected "
                                         "float got int32"):
        rvo.read_variable_op(handle(), tf.int32)


def test_assign_add_with_wrong_rank_fails_at_graph_construction():
    with pytest.raises(ValueError, match="Shapes must be equal rank, but are 2 and 1"):
        rvo.assign_add_variable_op(handle(), np.ones(2, np.float32))


def test_assign_add_sub_and_runtime_shape_mismatch():
    h = handle(shape=None)  # unknown static shape: the kernel checks
    x = tf.placeholder(tf.float32)
    with tf.Session() as sess:
        sess.run(rvo.assign_variable_op(h, np.ones((2, 2), np.float32)))
        sess.run(rvo.assign_add_variable_op(h, np.full((2, 2), 2.0, np.float32)))
        sess.run(rvo.assign_sub_variable_op(h, np.full((2, 2), 0.5, np.float32)))
        np.testing.assert_array_equal(sess.run(rvo.read_variable_op(h, tf.float32)),
                                      np.full((2, 2), 2.5))
        with pytest.raises(errors.InvalidArgumentError, match=r"Cannot update variable with "
                                                              r"shape \[2,2\] using a Tensor with shape \[3\]"):
            sess.run(rvo.assign_add_variable_op(h, x), {x: np.ones(3, np.float32)})


def test_handles_with_one_shared_name_share_state_and_sessions_are_independent():
    a = handle(name="a", shared_name="shared")
    b = handle(name="b", shared_name="shared")
    assign = rvo.assign_variable_op(a, np.ones((3, 2), np.float32))
    read_b = rvo.read_variable_op(b, tf.float32)
    with tf.Session() as s1, tf.Session() as s2:
        s1.run(assign)
        np.testing.assert_array_equal(s1.run(read_b), np.ones((3, 2)))
        with pytest.raises(errors.FailedPreconditionError):
            s2.run(read_b)


def test_destroy_resource_op_uninitializes():
    h = handle()
    destroy = rvo.destroy_resource_op(h, ignore_lookup_error=False)
    with tf.Session() as sess:
        sess.run(rvo.assign_variable_op(h, np.zeros((3, 2), np.float32)))
        sess.run(destroy)
        assert not sess.run(rvo.var_is_initialized_op(h))
        with pytest.raises(errors.NotFoundError):
            sess.run(destroy)


def test_resource_gather_values_shape_and_bad_index():
    h = handle(shape=(4, 2))
    value = np.arange(8, dtype=np.float32).reshape(4, 2)
    got = rvo.resource_gather(h, [[3, 0], [1, 1]], tf.float32)
    assert got.shape.as_list() == [2, 2, 2]
    bad = rvo.resource_gather(h, [1, 4], tf.float32)
    with tf.Session() as sess:
        sess.run(rvo.assign_variable_op(h, value))
        np.testing.assert_array_equal(sess.run(got), value[[[3, 0], [1, 1]]])
        with pytest.raises(errors.InvalidArgumentError, match=r"indices\[1\] = 4 is not in \[0, 4\)"):
            sess.run(bad)


@pytest.mark.parametrize("op_type,combine", [
    ("ResourceScatterAdd", np.add.at), ("ResourceScatterSub", np.subtract.at),
    ("ResourceScatterMul", np.multiply.at), ("ResourceScatterMin", np.minimum.at),
    ("ResourceScatterMax", np.maximum.at), ("ResourceScatterDiv", np.divide.at),
    ("ResourceScatterUpdate", None)])
def test_resource_scatter_ops_match_numpy(op_type, combine):
    h = handle(shape=(4, 2))
    value = np.arange(1, 9, dtype=np.float32).reshape(4, 2)
    indices = np.array([2, 0, 2] if combine is not None else [2, 0], np.int32)
    updates = np.linspace(1.5, 4.0, 2 * indices.size, dtype=np.float32).reshape(-1, 2)
    op = rvo.resource_scatter(op_type, h, indices, updates)
    assert op.type == op_type and not op.outputs
    expected = value.copy()
    if combine is None:
        expected[indices] = updates
    else:
        combine(expected, indices, updates)
    with tf.Session() as sess:
        sess.run(rvo.assign_variable_op(h, value))
        sess.run(op)
        np.testing.assert_allclose(sess.run(rvo.read_variable_op(h, tf.float32)), expected,
                                   rtol=1e-6)


def test_resource_scatter_shape_mismatch_is_value_error():
    with pytest.raises(ValueError):
        rvo.resource_scatter("ResourceScatterAdd", handle(shape=(4, 2)), [0, 1],
                             np.ones((2, 3), np.float32))


def _ref_and_resource(op_type, slots, scalars, grad, indices=None, **attrs):
    """Runs `op_type` on ref variables and `Resource<op_type>` on resource variables."""
    rng = np.random.default_rng(1)
    shape = (4, 3)
    starts = [rng.uniform(0.5, 1.5, shape).astype(np.float32) for _ in range(1 + slots)]
    results = []
    for resource in (False, True):
        with tf.Graph().as_default():
            vs = [tf.Variable(s, use_resource=resource, name="v%d" % i) for i, s in enumerate(starts)]
            ins = [v.handle if resource else v._ref() for v in vs]
            consts = [tf.constant(np.float32(c)) for c in scalars]
            tail = [tf.constant(grad)] + ([tf.constant(indices)] if indices is not None else [])
            name = ("Resource" if resource else "") + op_type
            args = ins + _order(op_type, consts, tail)
            op = apply_op(name, args, attrs)
            target = op if resource else op.op
            with tf.Session() as sess:
                sess.run(tf.global_variables_initializer())
                sess.run(target)
                results.append(sess.run([v.value() for v in vs]))
    return results


def _order(op_type, consts, tail):
    if op_type in ("ApplyMomentum", "SparseApplyMomentum"):
        return [consts[0]] + tail + [consts[1]]
    return consts + tail


@pytest.mark.parametrize("op_type,slots,scalars", [
    ("ApplyGradientDescent", 0, [0.1]),
    ("ApplyMomentum", 1, [0.1, 0.9]),
    ("ApplyAdagrad", 1, [0.1]),
    ("ApplyAdam", 2, [0.5, 0.3, 0.1, 0.9, 0.999, 1e-7]),
    ("ApplyRMSProp", 2, [0.1, 0.9, 0.5, 1e-7]),
])
def test_resource_apply_ops_match_their_ref_twins(op_type, slots, scalars, interpreted):
    grad = np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3)
    ref, res = _ref_and_resource(op_type, slots, scalars, grad)
    for a, b in zip(ref, res):
        np.testing.assert_array_equal(a, b)
    assert ref[0].shape == (4, 3)


@pytest.mark.parametrize("op_type,slots,scalars", [
    ("SparseApplyMomentum", 1, [0.1, 0.9]),
    ("SparseApplyAdagrad", 1, [0.1]),
    ("SparseApplyRMSProp", 2, [0.1, 0.9, 0.5, 1e-7]),
])
def test_resource_sparse_apply_ops_match_their_ref_twins(op_type, slots, scalars):
    grad = np.linspace(-1, 1, 6, dtype=np.float32).reshape(2, 3)
    indices = np.array([3, 1], np.int32)
    ref, res = _ref_and_resource(op_type, slots, scalars, grad, indices)
    for a, b in zip(ref, res):
        np.testing.assert_array_equal(a, b)


def test_resource_apply_gradient_descent_updates_and_has_no_output():
    with tf.Graph().as_default():
        v = tf.Variable(np.ones(3, np.float32), use_resource=True)
        op = apply_op("ResourceApplyGradientDescent", [v.handle, np.float32(0.5),
                                                       np.array([1, 2, 4], np.float32)], {})
        assert op.type == "ResourceApplyGradientDescent" and not op.outputs
        with tf.Session() as sess:
            sess.run(v.initializer)
            sess.run(op)
            np.testing.assert_array_equal(sess.run(v.value()), [0.5, 0.0, -1.0])


def test_resource_apply_shape_mismatch_is_value_error():
    with tf.Graph().as_default():
        v = tf.Variable(np.ones(3, np.float32), use_resource=True)
        with pytest.raises(ValueError):
            apply_op("ResourceApplyGradientDescent",
                     [v.handle, np.float32(0.5), np.ones(4, np.float32)], {})


def test_disable_copy_on_read_checks_the_variable_and_has_no_outputs():
    h = handle(shape=(2,), name="dc")
    op = rvo.disable_copy_on_read(h, name="dcor")
    assert (op.type, op.name, len(op.outputs)) == ("DisableCopyOnRead", "dcor", 0)
    with tf.Session() as sess:
        with pytest.raises(errors.FailedPreconditionError):
            sess.run(op)
        sess.run(rvo.assign_variable_op(h, np.array([1.0, 2.0], np.float32)))
        assert sess.run(op) is None
