"""Array ops, part 2: slice, strided_slice and Tensor.__getitem__, gather/gather_nd/scatter_nd,
reverse, boolean_mask."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors, tensor_util


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


X = np.arange(24).reshape(2, 3, 4)


# --------------------------------------------------------------------- slice
def test_slice_with_minus_one_size_matches_numpy():
    t = tf.slice(tf.constant(X), [1, 0, 2], [-1, 2, -1])
    assert t.shape.as_list() == [1, 2, 2] and t.op.inputs[1].op.name == "Slice/begin"
    np.testing.assert_array_equal(run(t), X[1:, 0:2, 2:])


def test_slice_out_of_range_is_invalid_argument_at_run_time():
    with pytest.raises(errors.InvalidArgumentError, match="Expected size\\[0\\] in \\[0, 1\\], but got 2"):
        run(tf.slice(tf.constant(X), [1, 0, 2], [2, 2, -1]))


# ----------------------------------------------------------- strided slice
GETITEM_CASES = [
    (lambda x: x[1], lambda x: x[1]),
    (lambda x: x[1:], lambda x: x[1:]),
    (lambda x: x[:, ::2], lambda x: x[:, ::2]),
    (lambda x: x[..., 0], lambda x: x[..., 0]),
    (lambda x: x[0, :, tf.newaxis, 1], lambda x: x[0, :, None, 1]),
    (lambda x: x[-1, -1], lambda x: x[-1, -1]),
    (lambda x: x[:, ::-1, 3], lambda x: x[:, ::-1, 3]),
    (lambda x: x[tf.newaxis], lambda x: x[None]),
    (lambda x: x[0, 1, 2], lambda x: x[0, 1, 2]),
    (lambda x: x[..., 1:3], lambda x: x[..., 1:3]),
    (lambda x: x[::-2, 2:0:-1, ::3], lambda x: x[::-2, 2:0:-1, ::3]),
    (lambda x: x[5:10, -10:2], lambda x: x[5:10, -10:2]),
    (lambda x: x[tf.newaxis, ..., tf.newaxis, 1], lambda x: x[None, ..., None, 1]),
    (lambda x: x[2:1], lambda x: x[2:1]),
    (lambda x: x[np.int64(1), np.int32(2)], lambda x: x[1, 2]),
    (lambda x: x[...], lambda x: x[...]),
]


@pytest.mark.parametrize("index", range(len(GETITEM_CASES)))
def test_getitem_matches_numpy_values_and_static_shape(index):
    fn, ref_fn = GETITEM_CASES[index]
    t = fn(tf.constant(X))
    ref = ref_fn(X)
    assert t.op.type == "StridedSlice" and t.op.name == "strided_slice"
    assert t.shape.as_list() == list(ref.shape)
    np.testing.assert_array_equal(run(t), ref)


def test_getitem_masks_and_packed_constants_follow_tf():
    t = tf.constant(X)[1, ::-1, tf.newaxis]
    op = t.op
    assert [i.op.name for i in op.inputs[1:]] == [
        "strided_slice/stack", "strided_slice/stack_1", "strided_slice/stack_2"]
    masks = [op.get_attr(m) for m in ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask",
                                      "shrink_axis_mask")]
    assert masks == [2, 2, 0, 4, 1]


def test_getitem_with_tensor_index_packs_begin_and_end():
    i = tf.placeholder(tf.int32, [])
    t = tf.constant(X)[i, 1:3]
    assert t.shape.as_list() == [None, 4]
    assert t.op.inputs[1].op.type == "Pack" and t.op.inputs[2].op.inputs[0].op.type == "AddV2"
    np.testing.assert_array_equal(run(t, {i: 1}), X[1, 1:3])


def test_getitem_with_int64_tensor_index_uses_int64_spec():
    i = tf.placeholder(tf.int64, [])
    t = tf.constant(X)[i]
    assert t.op.get_attr("Index") == tf.int64
    np.testing.assert_array_equal(run(t, {i: 1}), X[1])


def test_getitem_on_partially_known_shape():
    p = tf.placeholder(tf.float32, [None, 5])
    assert p[:, 1:3].shape.as_list() == [None, 2]
    assert p[0].shape.as_list() == [5]
    assert p[..., -1].shape.as_list() == [None]


def test_getitem_with_bool_tensor_is_boolean_mask():
    t = tf.constant([1, 2, 3])[tf.constant([True, False, True])]
    assert run(t).tolist() == [1, 3]


def test_getitem_bad_index_type_raises_type_error():
    with pytest.raises(TypeError, match="Only integers, slices"):
        tf.constant(X)[1.5]
    with pytest.raises(TypeError):
        tf.constant(X)[tf.constant(1.0)]


def test_getitem_shape_errors_are_value_errors():
    x = tf.constant(X)
    with pytest.raises(ValueError, match="out of bounds"):
        x[3]
    with pytest.raises(ValueError, match="Index out of range"):
        x[1, 1, 1, 1]
    with pytest.raises(ValueError, match="non-zero"):
        x[::0]
    with pytest.raises(ValueError, match="Multiple ellipses"):
        x[..., ...]


def test_getitem_runtime_index_out_of_range_is_invalid_argument():
    i = tf.placeholder(tf.int32, [])
    with pytest.raises(errors.InvalidArgumentError, match="slice index 3 of dimension 0 out of bounds"):
        run(tf.constant(X)[i], {i: 3})


def test_strided_slice_default_strides_and_masks():
    x = tf.constant(X)
    t = tf.strided_slice(x, [0, 1], [-1, 3])
    np.testing.assert_array_equal(run(t), X[0:-1, 1:3])
    t2 = tf.strided_slice(x, [2], [0], [-1])
    np.testing.assert_array_equal(run(t2), X[2:0:-1])
    t3 = tf.strided_slice(x, [0, 0, 1], [0, 0, 3], [1, 1, 1], begin_mask=3, end_mask=3, shrink_axis_mask=0)
    np.testing.assert_array_equal(run(t3), X[:, :, 1:3])
    t4 = tf.strided_slice(x, [1, 0], [2, 0], [1, 1], ellipsis_mask=2, shrink_axis_mask=1)
    np.testing.assert_array_equal(run(t4), X[1, ...])


def test_strided_slice_of_partial_shape_is_statically_known_where_dims_are():
    p = tf.placeholder(tf.float32, [None, 3, 4])
    s = tf.shape(p)
    assert tensor_util.constant_value(s[1]) == 3
    # As TF's shape inference: a longer slice is not a constant, though it reads as a shape.
    assert tensor_util.constant_value(s[1:]) is None
    assert tensor_util.constant_value_as_shape(s[1:]).as_list() == [3, 4]
    assert tensor_util.constant_value(s[0]) is None
    assert tf.reshape(tf.zeros([6]), [s[1], -1]).shape.as_list() == [3, 2]


# ------------------------------------------------------------------ gather
@pytest.mark.parametrize("axis", [0, 1, 2, -1])
def test_gather_matches_numpy_take(axis):
    idx = np.array([[1, 0], [0, 1]])
    t = tf.gather(tf.constant(X), idx, axis=axis)
    ref = np.take(X, idx, axis=axis)
    assert t.shape.as_list() == list(ref.shape)
    np.testing.assert_array_equal(run(t), ref)


def test_gather_names_and_batch_dims():
    t = tf.gather(tf.constant(X), [1, 0])
    assert [i.op.name for i in t.op.inputs[1:]] == ["GatherV2/indices", "GatherV2/axis"]
    p = np.arange(12).reshape(2, 6)
    idx = np.array([[1, 2], [0, 5]])
    b = tf.gather(tf.constant(p), idx, batch_dims=1, axis=1)
    assert b.shape.as_list() == [2, 2]
    assert run(b).tolist() == [[1, 2], [6, 11]]


def test_gather_index_out_of_range_is_invalid_argument():
    i = tf.placeholder(tf.int32)
    g = tf.gather(tf.constant([1, 2, 3]), i)
    with pytest.raises(errors.InvalidArgumentError, match="indices\\[0,1\\] = 5 is not in \\[0, 3\\)"):
        run(g, {i: [[0, 5]]})
    with pytest.raises(errors.InvalidArgumentError, match="-1 is not in"):
        run(g, {i: [-1]})


def test_gather_nd_matches_numpy_fancy_indexing():
    idx = np.array([[0, 1], [1, 2]])
    t = tf.gather_nd(tf.constant(X), idx)
    assert t.shape.as_list() == [2, 4]
    np.testing.assert_array_equal(run(t), X[idx[:, 0], idx[:, 1]])
    assert run(tf.gather_nd(tf.constant(X), [1, 2, 3])) == X[1, 2, 3]


def test_gather_nd_out_of_range_is_invalid_argument():
    i = tf.placeholder(tf.int32)
    with pytest.raises(errors.InvalidArgumentError, match="does not index into param shape \\[2,3,4\\]"):
        run(tf.gather_nd(tf.constant(X), i), {i: [[0, 5]]})


def test_scatter_nd_sums_duplicates():
    t = tf.scatter_nd([[1], [1], [0]], [1.0, 2.0, 4.0], [3])
    assert t.shape.as_list() == [3] and t.dtype == tf.float32
    assert run(t).tolist() == [4.0, 3.0, 0.0]
    rows = tf.scatter_nd([[0], [2]], [[1, 2], [3, 4]], [3, 2])
    assert run(rows).tolist() == [[1, 2], [0, 0], [3, 4]]


def test_scatter_nd_out_of_range_is_invalid_argument():
    i = tf.placeholder(tf.int32)
    with pytest.raises(errors.InvalidArgumentError, match="does not index"):
        run(tf.scatter_nd(i, [1.0], [3]), {i: [[3]]})


# ---------------------------------------------------------- reverse, boolean_mask
def test_reverse_matches_numpy_flip():
    t = tf.reverse(tf.constant(X), [0, -1])
    assert t.op.type == "ReverseV2"
    np.testing.assert_array_equal(run(t), np.flip(X, (0, 2)))


def test_reverse_errors():
    with pytest.raises(ValueError, match="more than once"):
        tf.reverse(tf.constant(X), [0, 0])
    with pytest.raises(ValueError, match="out of valid range"):
        tf.reverse(tf.constant(X), [3])


def test_boolean_mask_matches_numpy_and_has_unknown_leading_dim():
    mask = np.array([[True, False, True], [False, False, True]])
    t = tf.boolean_mask(tf.constant(X), mask)
    assert t.shape.as_list() == [None, 4] and t.op.name == "boolean_mask/GatherV2"
    np.testing.assert_array_equal(run(t), X[mask])
    m2 = np.array([True, False, True, True])
    t2 = tf.boolean_mask(tf.constant(X), m2, axis=2)
    np.testing.assert_array_equal(run(t2), X[:, :, m2])


def test_boolean_mask_shape_errors():
    with pytest.raises(ValueError):
        tf.boolean_mask(tf.constant(X), [True, False, True])
    with pytest.raises(ValueError, match="scalar"):
        tf.boolean_mask(tf.constant(X), True)


# ------------------------------------------------ tensor_scatter_nd_*, reverse_sequence
def test_tensor_scatter_nd_update_add_sub_match_numpy():
    base = np.arange(12).reshape(3, 4)
    x = tf.constant(base)
    upd = run(tf.tensor_scatter_nd_update(x, [[0], [2]], [[9] * 4, [8] * 4]))
    ref = base.copy()
    ref[[0, 2]] = [[9] * 4, [8] * 4]
    np.testing.assert_array_equal(upd, ref)
    assert run(tf.tensor_scatter_nd_add(x, [[0, 1], [0, 1]], [10, 10]))[0, 1] == 21
    assert run(tf.tensor_scatter_nd_sub(x, [[0, 1], [0, 1]], [10, 10]))[0, 1] == -19


def test_tensor_scatter_nd_bad_updates_shape_is_value_error():
    with pytest.raises(ValueError):
        tf.tensor_scatter_nd_update(tf.zeros([3, 4]), [[0], [2]], tf.zeros([2, 3]))


def test_reverse_sequence_reverses_each_prefix():
    x = tf.constant(np.arange(12).reshape(3, 4))
    t = tf.reverse_sequence(x, [1, 2, 4], seq_axis=1, batch_axis=0)
    assert run(t).tolist() == [[0, 1, 2, 3], [5, 4, 6, 7], [11, 10, 9, 8]]
    t2 = tf.reverse_sequence(tf.transpose(x), [1, 2, 4], seq_axis=0, batch_axis=1)
    np.testing.assert_array_equal(run(t2), run(t).T)


def test_gather_gradient_values_keep_static_shape_with_unknown_batch():
    # As TF: Size/ExpandDims/strided_slice/concat build the values' shape, so a (?, 3) params
    # gathered at 2 indices gives values of static shape (2, 3).
    p = tf.placeholder(tf.float32, [None, 3])
    g = tf.gradients(tf.gather(p, [0, 2]), p)[0]
    assert type(g).__name__ == "IndexedSlices"
    assert g.values.shape.as_list() == [2, 3]
    assert g.values.name == "gradients/GatherV2_grad/Reshape:0"
    assert g.indices.name == "gradients/GatherV2_grad/Reshape_1:0"
    assert g.values.op.inputs[1].op.name == "gradients/GatherV2_grad/concat"
    with tf.Session() as sess:
        v = sess.run(g, {p: np.ones([4, 3], np.float32)})
        assert v.indices.tolist() == [0, 2] and v.dense_shape.tolist() == [4, 3]
        np.testing.assert_array_equal(v.values, np.ones([2, 3]))


def test_resource_gather_gradient_uses_same_construction():
    v = tf.Variable(tf.ones([4, 3]))
    g = tf.gradients(tf.gather(v, [[0], [1]]), v)[0]
    assert g.values.shape.as_list() == [2, 3] and g.indices.shape.as_list() == [2]
    assert g.values.op.inputs[1].op.name == "gradients/Gather_grad/concat"


@pytest.mark.parametrize("use_resource", [False, True])
def test_gather_gradient_dense_shape_is_int32_for_int64_indices(use_resource):
    with tf.Graph().as_default():
        p = tf.get_variable("p", [6, 2], use_resource=use_resource)
        ids = tf.constant([0, 3], tf.int64)
        g = tf.gradients(tf.reduce_sum(tf.gather(p, ids)), p)[0]
        assert g.dense_shape.dtype == tf.int32 and g.indices.dtype == tf.int64
