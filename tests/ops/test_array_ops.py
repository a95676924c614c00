"""Array ops, part 1: shape/size/rank, reshape, stack/unstack, concat, transpose, expand/squeeze,
stop_gradient, list autopacking. References are NumPy or values recorded from TensorFlow."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors, tensor_util


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


X = np.arange(24, dtype=np.float32).reshape(2, 3, 4)


# ----------------------------------------------------------------- shape/size/rank
def test_shape_of_fully_defined_tensor_is_an_int32_constant_named_shape():
    s = tf.shape(tf.constant(X))
    assert (s.op.type, s.op.name, s.dtype) == ("Const", "Shape", tf.int32)
    assert run(s).tolist() == [2, 3, 4]


def test_shape_size_rank_of_partially_known_placeholder_run_dynamically():
    p = tf.placeholder(tf.float32, [None, 3])
    s, n, r = tf.shape(p), tf.size(p), tf.rank(p)
    assert (s.op.type, n.op.type, r.op.type) == ("Shape", "Size", "Const")
    assert s.shape.as_list() == [2] and n.shape.as_list() == [] and s.dtype == tf.int32
    out = run([s, n, r], {p: np.zeros((5, 3), np.float32)})
    assert out[0].tolist() == [5, 3] and out[1] == 15 and out[2] == 2
    assert out[0].dtype == np.int32 and out[1].dtype == np.int32


def test_shape_out_type_int64_and_unknown_rank():
    p = tf.placeholder(tf.float32)
    s = tf.shape(p, out_type=tf.int64)
    assert s.dtype == tf.int64 and s.shape.as_list() == [None]
    assert run(tf.rank(p), {p: np.zeros((1, 2, 3))}) == 3
    assert run(s, {p: np.zeros((1, 2, 3))}).dtype == np.int64


def test_shape_n_gives_one_shape_per_input():
    p = tf.placeholder(tf.float32, [None])
    a, b = tf.shape_n([tf.constant(X), p])
    assert a.op.type == "ShapeN" and b.shape.as_list() == [1]
    va, vb = run([a, b], {p: np.zeros(7, np.float32)})
    assert va.tolist() == [2, 3, 4] and vb.tolist() == [7]


def test_shape_constant_value_is_known_statically():
    p = tf.placeholder(tf.float32, [4, 5])
    v = tensor_util.constant_value(tf.shape_n([p])[0])
    assert v.tolist() == [4, 5]


# ------------------------------------------------------------------------ reshape
def test_reshape_infers_minus_one_statically_and_at_run_time():
    r = tf.reshape(tf.constant(X), [3, -1])
    assert r.shape.as_list() == [3, 8]
    np.testing.assert_array_equal(run(r), X.reshape(3, 8))
    p = tf.placeholder(tf.float32, [None, 2, 3])
    assert tf.reshape(p, [-1, 6]).shape.as_list() == [None, 6]


def test_reshape_with_packed_dynamic_shape_uses_partial_static_shape():
    p = tf.placeholder(tf.float32, [None, 2, 3])
    r = tf.reshape(p, [tf.shape(p)[0], -1])
    assert r.shape.as_list() == [None, None]
    assert r.op.inputs[1].op.name == "Reshape/shape" and r.op.inputs[1].op.type == "Pack"
    assert run(r, {p: np.ones((4, 2, 3), np.float32)}).shape == (4, 6)


def test_reshape_shape_error_at_graph_construction_is_value_error():
    with pytest.raises(ValueError, match="Cannot reshape a tensor with 24 elements"):
        tf.reshape(tf.constant(X), [5, 5])
    with pytest.raises(ValueError, match="evenly divisible by 5"):
        tf.reshape(tf.constant(X), [5, -1])


def test_reshape_bad_runtime_size_is_invalid_argument():
    p = tf.placeholder(tf.float32)
    with pytest.raises(errors.InvalidArgumentError, match="tensor with 6 values, but the requested shape has 25"):
        run(tf.reshape(p, [5, 5]), {p: np.zeros(6)})
    with pytest.raises(errors.InvalidArgumentError, match="Only one input size may be -1"):
        run(tf.reshape(p, [-1, -1]), {p: np.zeros(6)})


def test_reshape_names_its_shape_constant_after_the_op():
    r = tf.reshape(tf.constant(X), [-1])
    assert r.op.name == "Reshape" and r.op.inputs[1].op.name == "Reshape/shape"


# -------------------------------------------------------------------- stack/unstack
def test_stack_of_python_values_is_a_constant_and_with_tensors_a_pack():
    s = tf.stack([1, 2])
    assert (s.op.type, s.op.name) == ("Const", "stack")
    p = tf.placeholder(tf.float32, [])
    t = tf.stack([p, 2.0])
    assert t.op.type == "Pack" and t.op.inputs[1].op.name == "stack_1/1"
    assert run(t, {p: 5.0}).tolist() == [5.0, 2.0]


@pytest.mark.parametrize("axis", [0, 1, 3, -1, -4])
def test_stack_matches_numpy(axis):
    t = tf.stack([tf.constant(X), tf.constant(X + 1)], axis=axis)
    ref = np.stack([X, X + 1], axis=axis)
    assert t.shape.as_list() == list(ref.shape)
    np.testing.assert_array_equal(run(t), ref)


def test_stack_incompatible_shapes_is_value_error():
    with pytest.raises(ValueError, match="equal rank"):
        tf.stack([tf.constant(X), tf.zeros([2])])
    with pytest.raises(ValueError):
        tf.stack([tf.constant(X), tf.constant(X)], axis=4)


def test_unstack_outputs_are_named_after_the_op():
    x, y = tf.unstack(tf.constant([[1, 2], [3, 4]]), name="un")
    assert (x.name, y.name, x.op.type, x.op is y.op) == ("un:0", "un:1", "Unpack", True)
    assert [v.tolist() for v in run([x, y])] == [[1, 2], [3, 4]]


def test_unstack_along_axis_and_unknown_num_error():
    parts = tf.unstack(tf.constant(X), axis=-1)
    assert len(parts) == 4 and parts[0].shape.as_list() == [2, 3]
    np.testing.assert_array_equal(run(parts[2]), X[..., 2])
    with pytest.raises(ValueError, match="Cannot infer argument `num`"):
        tf.unstack(tf.placeholder(tf.float32))


# -------------------------------------------------------------------------- concat
@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3])
def test_concat_matches_numpy(axis):
    other = np.ones_like(X) * 7
    t = tf.concat([tf.constant(X), tf.constant(other)], axis)
    ref = np.concatenate([X, other], axis=axis)
    assert t.shape.as_list() == list(ref.shape)
    np.testing.assert_array_equal(run(t), ref)


def test_concat_with_unknown_dims_sums_known_sizes():
    p = tf.placeholder(tf.float32, [None, 3])
    assert tf.concat([p, tf.zeros([2, 3])], 1).shape.as_list() == [2, 6]
    assert tf.concat([p, tf.zeros([2, 3])], 0).shape.as_list() == [None, 3]


def test_concat_of_one_value_is_an_identity():
    t = tf.concat([tf.constant(X)], 0)
    assert t.op.type == "Identity" and t.op.name == "concat/concat"


def test_concat_shape_errors_are_value_errors():
    with pytest.raises(ValueError, match="must be equal"):
        tf.concat([tf.constant(X), tf.zeros([2, 2, 5])], 1)
    with pytest.raises(ValueError, match="rank"):
        tf.concat([tf.constant(X), tf.zeros([2, 2])], 1)


def test_concat_runtime_mismatch_is_invalid_argument():
    p = tf.placeholder(tf.float32, [None, None])
    with pytest.raises(errors.InvalidArgumentError, match="Dimension 1 in both shapes must be equal"):
        run(tf.concat([p, tf.zeros([1, 2])], 0), {p: np.zeros((2, 3))})


# ----------------------------------------------------------------------- transpose
def test_transpose_default_reverses_dims_and_perm_matches_numpy():
    t = tf.transpose(tf.constant(X))
    assert t.shape.as_list() == [4, 3, 2] and t.op.inputs[1].op.name == "transpose/perm"
    np.testing.assert_array_equal(run(t), X.T)
    t2 = tf.transpose(tf.constant(X), [1, 0, 2])
    np.testing.assert_array_equal(run(t2), X.transpose(1, 0, 2))


def test_transpose_of_unknown_rank_builds_perm_from_rank():
    p = tf.placeholder(tf.float32)
    t = tf.transpose(p)
    assert t.shape.ndims is None
    perm = t.op.inputs[1]
    assert perm.op.type == "Range" and perm.op.inputs[0].op.inputs[0].op.type == "Rank"
    np.testing.assert_array_equal(run(t, {p: X}), X.T)


def test_transpose_conjugate_and_errors():
    c = tf.constant([[1 + 2j, 3j]])
    np.testing.assert_array_equal(run(tf.transpose(c, conjugate=True)), np.array([[1 - 2j], [-3j]]))
    with pytest.raises(ValueError):
        tf.transpose(tf.constant(X), [0, 1])
    with pytest.raises(errors.InvalidArgumentError, match=r"2 is missing from \{0,1,1\}\."):
        run(tf.transpose(tf.constant(X), [0, 1, 1]))  # TF's kernel message
    # negative perm entries count from the end in the kernel too
    assert run(tf.transpose(tf.constant(X), [-1, 1, 0])).shape == np.transpose(X, [2, 1, 0]).shape


# ------------------------------------------------------------------ expand/squeeze
@pytest.mark.parametrize("axis", [0, 1, 3, -1, -4])
def test_expand_dims_matches_numpy(axis):
    t = tf.expand_dims(tf.constant(X), axis)
    ref = np.expand_dims(X, axis)
    assert t.shape.as_list() == list(ref.shape)
    np.testing.assert_array_equal(run(t), ref)


def test_expand_dims_errors():
    with pytest.raises(ValueError):
        tf.expand_dims(tf.constant(X), 4)
    with pytest.raises(ValueError, match="Must specify an axis"):
        tf.expand_dims(tf.constant(X))


def test_squeeze_all_and_given_axes():
    x = np.zeros((1, 2, 1, 3), np.int32)
    assert tf.squeeze(tf.constant(x)).shape.as_list() == [2, 3]
    assert tf.squeeze(tf.constant(x), axis=[2]).shape.as_list() == [1, 2, 3]
    assert run(tf.squeeze(tf.constant(x), [0, -2])).shape == (2, 3)
    p = tf.placeholder(tf.float32, [1, None, 1])
    assert tf.squeeze(p, [0]).shape.as_list() == [None, 1]
    assert tf.squeeze(p).shape.ndims is None


def test_squeeze_non_unit_dim_is_value_error_and_runtime_invalid_argument():
    with pytest.raises(ValueError, match="Can not squeeze dim\\[1\\]"):
        tf.squeeze(tf.constant(X), [1])
    p = tf.placeholder(tf.float32, [None])
    with pytest.raises(errors.InvalidArgumentError, match="Can not squeeze"):
        run(tf.squeeze(p, [0]), {p: np.zeros(3)})


# ------------------------------------------------------------------- misc basics
def test_stop_gradient_passes_values():
    t = tf.stop_gradient(tf.constant(X))
    assert t.op.type == "StopGradient"
    np.testing.assert_array_equal(run(t), X)


def test_list_with_tensor_autopacks_into_pack_op():
    p = tf.placeholder(tf.int32, [])
    t = tf.convert_to_tensor([[p, 1], [2, 3]])
    assert t.op.type == "Pack" and t.shape.as_list() == [2, 2] and t.dtype == tf.int32
    assert run(t, {p: 9}).tolist() == [[9, 1], [2, 3]]


def test_autopacking_to_another_dtype_casts_the_tensors():
    p = tf.placeholder(tf.int32, [])
    t = tf.convert_to_tensor([p, 1.5], dtype=tf.float32)
    assert t.op.type == "Pack" and [i.op.type for i in t.op.inputs] == ["Cast", "Const"]
    assert run(t, {p: 3}).tolist() == [3.0, 1.5]


def test_size_zero_tensors_flow_through_array_ops():
    z = tf.zeros([0, 2])
    outs = run([tf.reshape(z, [2, 0]), tf.concat([z, tf.ones([1, 2])], 0), tf.transpose(z),
                tf.stack([z, z]), tf.size(z)])
    assert [o.shape for o in outs[:4]] == [(2, 0), (1, 2), (2, 0), (2, 0, 2)]
    assert outs[4] == 0


def test_reshape_to_a_constant_size_below_minus_one_is_a_build_time_value_error():
    with tf.Graph().as_default():
        with pytest.raises(ValueError, match="Size 0 must be non-negative, not -2"):
            tf.reshape(tf.zeros([2, 12]), [-2, 12])
