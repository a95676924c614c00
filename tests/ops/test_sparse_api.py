"""tf.sparse_* / tf.sparse.* wrappers (tensorweave/ops/sparse_api.py): node names, static
shapes, values and errors. Expected names, shapes and values were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _ops_added(build):
    g = tf.get_default_graph()
    a = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    b = tf.SparseTensor([[0, 1], [1, 2]], [3.0, 4.0], [3, 4])
    n = len(g.get_operations())
    result = build(a, b)
    return result, [op.name + ":" + op.type for op in g.get_operations()[n:]]


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_sparse_add_of_two_sparse_tensors():
    result, names = _ops_added(lambda a, b: tf.sparse_add(a, b))
    assert names == ["threshold:Const", "SparseAdd:SparseAdd", "SparseTensor_2/dense_shape:Const"]
    assert result.shape.as_list() == [3, 4]
    assert result.indices.shape.as_list() == [None, 2]
    v = _run(result)
    np.testing.assert_array_equal(v.indices, [[0, 0], [0, 1], [1, 2]])
    np.testing.assert_array_equal(v.values, [1.0, 3.0, 6.0])
    np.testing.assert_array_equal(v.dense_shape, [3, 4])


def test_sparse_add_threshold_drops_only_small_sums_of_shared_positions():
    a = tf.SparseTensor([[0], [2]], [0.5, 3.0], [4])
    b = tf.SparseTensor([[1], [2]], [0.2, -2.8], [4])
    v = _run(tf.sparse.add(a, b, threshold=1.0))
    np.testing.assert_array_equal(v.indices, [[0], [1]])
    np.testing.assert_allclose(v.values, [0.5, 0.2])


def test_sparse_add_with_a_dense_operand_is_dense():
    result, names = _ops_added(lambda a, b: tf.sparse.add(tf.ones([3, 4]), a))
    assert names == ["ones:Const", "SparseTensorDenseAdd:SparseTensorDenseAdd"]
    np.testing.assert_array_equal(_run(result), [[2, 1, 1, 1], [1, 1, 3, 1], [1, 1, 1, 1]])


def test_sparse_add_needs_a_sparse_operand_and_equal_shapes():
    with pytest.raises(TypeError, match="At least one input should be SparseTensor"):
        tf.sparse_add(tf.ones([2]), tf.ones([2]))
    a = tf.SparseTensor([[0]], [1.0], [4])
    shape = tf.placeholder(tf.int64, [1])
    b = tf.SparseTensor([[0]], [1.0], shape)
    with pytest.raises(
        tf.errors.InvalidArgumentError, match="Operands' shapes do not match: got 4 and 5 for dimension 0"
    ):
        _run(tf.sparse_add(a, b), {shape: [5]})


def test_sparse_concat_names_shape_and_order():
    result, names = _ops_added(lambda a, b: tf.sparse_concat(1, [a, b]))
    assert names == ["SparseConcat:SparseConcat", "Const:Const"]
    assert result.shape.as_list() == [3, 8]
    v = _run(result)
    np.testing.assert_array_equal(v.indices, [[0, 0], [0, 5], [1, 2], [1, 6]])
    np.testing.assert_array_equal(v.values, [1.0, 3.0, 2.0, 4.0])


def test_sparse_concat_expanding_other_dims():
    a = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    b = tf.SparseTensor([[0, 1]], [3.0], [2, 6])
    result = tf.sparse.concat(0, [a, b], expand_nonconcat_dim=True)
    assert result.shape.as_list() == [5, 6]
    v = _run(result)
    np.testing.assert_array_equal(v.indices, [[0, 0], [1, 2], [3, 1]])
    np.testing.assert_array_equal(v.dense_shape, [5, 6])


def test_sparse_reshape_infers_the_missing_dim():
    result, names = _ops_added(lambda a, b: tf.sparse.reshape(a, [-1, 2]))
    assert names == [
        "Cast/x:Const",
        "Cast:Cast",
        "SparseReshape:SparseReshape",
        "SparseReshape/Const:Const",
        "SparseReshape/Identity:Identity",
    ]
    assert result.shape.as_list() == [6, 2]
    v = _run(result)
    np.testing.assert_array_equal(v.indices, [[0, 0], [3, 0]])


def test_sparse_reshape_errors():
    a = tf.SparseTensor([[0, 0]], [1.0], [2, 3])
    with pytest.raises(ValueError, match="Cannot reshape a tensor with 6 elements to shape"):
        tf.sparse_reshape(a, [4, 2])
    shape = tf.placeholder(tf.int64, [2])
    with pytest.raises(
        tf.errors.InvalidArgumentError, match="only one output dimension may be -1, not both 0 and 1"
    ):
        _run(tf.sparse_reshape(a, shape), {shape: [-1, -1]})


def test_sparse_reductions():
    a = tf.SparseTensor([[0, 0], [1, 2], [1, 0]], [-1.0, -2.0, 5.0], [3, 4])
    total = tf.sparse_reduce_sum(a)
    assert total.shape.as_list() == []
    assert tf.sparse_reduce_sum(a, 1).op.inputs[3].op.name == "SparseReduceSum_1/reduction_axes"
    np.testing.assert_allclose(_run(total), 2.0)
    np.testing.assert_allclose(_run(tf.sparse.reduce_sum(a, axis=1, keepdims=True)), [[-1.0], [3.0], [0.0]])
    # Empty groups give 0; present ones give the max of their values only.
    np.testing.assert_allclose(_run(tf.sparse_reduce_max(a, 0)), [5.0, 0.0, -2.0, 0.0])
    v = _run(tf.sparse_reduce_sum_sparse(a, 0, keepdims=True))
    np.testing.assert_array_equal(v.indices, [[0, 0], [0, 2]])
    np.testing.assert_allclose(v.values, [4.0, -2.0])
    np.testing.assert_array_equal(v.dense_shape, [1, 4])
    with pytest.raises(
        tf.errors.InvalidArgumentError, match="Invalid reduction dimension 2, for input with 2 dimensions."
    ):
        _run(tf.sparse_reduce_sum(a, 2))


def test_sparse_retain_and_fill_empty_rows():
    result, names = _ops_added(lambda a, b: tf.sparse_retain(a, [True, False]))
    assert names == [
        "Const:Const",
        "Where:Where",
        "Reshape/shape:Const",
        "Reshape:Reshape",
        "GatherV2/axis:Const",
        "GatherV2:GatherV2",
        "GatherV2_1/axis:Const",
        "GatherV2_1:GatherV2",
        "Identity:Identity",
    ]
    np.testing.assert_array_equal(_run(result).indices, [[0, 0]])
    unsorted = tf.SparseTensor([[3, 0], [1, 2], [1, 0]], [1.0, 2.0, 3.0], [5, 4])
    filled, empty = tf.sparse_fill_empty_rows(unsorted, 9.0)
    assert filled.indices.op.name == "SparseFillEmptyRows/SparseFillEmptyRows"
    assert empty.shape.as_list() == [5]
    v, e = _run([filled, empty])
    np.testing.assert_array_equal(v.indices, [[0, 0], [1, 2], [1, 0], [2, 0], [3, 0], [4, 0]])
    np.testing.assert_array_equal(v.values, [9, 2, 3, 9, 1, 9])
    np.testing.assert_array_equal(e, [True, False, True, False, True])


def test_sparse_reorder_slice_transpose():
    a = tf.SparseTensor([[3, 0], [1, 2], [1, 0]], [1.0, 2.0, 3.0], [5, 4])
    v = _run(tf.sparse_reorder(a))
    np.testing.assert_array_equal(v.indices, [[1, 0], [1, 2], [3, 0]])
    np.testing.assert_array_equal(v.values, [3, 2, 1])
    sliced = tf.sparse.slice(tf.sparse_reorder(a), [1, 1], [10, 2])
    assert sliced.shape.as_list() == [None, None]
    v = _run(sliced)
    np.testing.assert_array_equal(v.indices, [[0, 1]])
    np.testing.assert_array_equal(v.dense_shape, [4, 2])
    result, names = _ops_added(lambda a, b: tf.sparse_transpose(a))
    assert names[-2:] == [
        "SparseTranspose/SparseReorder:SparseReorder",
        "SparseTranspose/SparseTensor_1/dense_shape:Const",
    ]
    assert result.shape.as_list() == [4, 3]
    np.testing.assert_array_equal(_run(result).indices, [[0, 0], [2, 1]])


def test_sparse_dense_matmul_and_its_errors():
    result, names = _ops_added(lambda a, b: tf.sparse.sparse_dense_matmul(a, tf.ones([3, 2]), adjoint_a=True))
    assert names == ["ones:Const", "SparseTensorDenseMatMul/SparseTensorDenseMatMul:SparseTensorDenseMatMul"]
    assert result.shape.as_list() == [4, 2]
    np.testing.assert_array_equal(_run(result), [[1, 1], [0, 0], [2, 2], [0, 0]])
    a = tf.SparseTensor([[0, 0], [1, 7]], [1.0, 2.0], [3, 4])
    with pytest.raises(
        tf.errors.InvalidArgumentError, match=r"k \(7\) from index\[1,1\] out of bounds \(>=4\)"
    ):
        _run(tf.sparse_tensor_dense_matmul(a, tf.ones([4, 2])))
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 4 and 5"):
        tf.sparse_tensor_dense_matmul(a, tf.ones([5, 2]))


def test_sparse_split_requires_keywords_and_splits_unevenly():
    a = tf.SparseTensor([[0, 0], [1, 2], [3, 3], [4, 1], [1, 4]], [1.0, 2.0, 3.0, 4.0, 5.0], [5, 5])
    with pytest.raises(ValueError, match="Keyword arguments are required"):
        tf.sparse_split(a, 3, 1)
    parts = tf.sparse.split(sp_input=a, num_split=3, axis=1)
    assert [p.indices.name for p in parts] == ["SparseSplit:0", "SparseSplit:1", "SparseSplit:2"]
    values = _run(parts)
    assert [v.dense_shape.tolist() for v in values] == [[5, 2], [5, 2], [5, 1]]
    np.testing.assert_array_equal(values[0].values, [1, 4])
    np.testing.assert_array_equal(values[2].indices, [[1, 0]])


def test_sparse_expand_dims_and_eye():
    result, names = _ops_added(lambda a, b: tf.sparse.expand_dims(a, -1))
    assert len(names) == 36 and names[0] == "expand_dims/axis:Const"
    assert result.shape.as_list() == [None, None, 1]
    assert result.indices.shape.as_list() == [2, 3]
    np.testing.assert_array_equal(_run(result).indices, [[0, 0, 0], [1, 2, 0]])
    eye = tf.sparse.eye(2, 3, dtype=tf.int32)
    assert eye.shape.as_list() == [2, 3]
    assert eye.dense_shape.op.name == "eye/SparseTensor/dense_shape"
    v = _run(eye)
    np.testing.assert_array_equal(v.indices, [[0, 0], [1, 1]])
    assert v.values.dtype == np.int32


def test_sparse_softmax_maximum_minimum():
    a = tf.SparseTensor([[0, 0], [0, 2], [1, 1], [2, 0], [2, 3]], [1.0, 2.0, 3.0, 4.0, -1.0], [3, 4])
    soft = tf.sparse.softmax(a)
    assert soft.values.op.name == "SparseSoftmax/SparseSoftmax"
    np.testing.assert_allclose(
        _run(soft).values, [0.26894143, 0.7310586, 1.0, 0.9933072, 0.00669285], rtol=1e-6
    )
    result, names = _ops_added(lambda a, b: tf.sparse_minimum(a, b))
    assert names == ["SparseSparseMinimum:SparseSparseMinimum"]
    v = _run(result)
    np.testing.assert_array_equal(v.indices, [[0, 0], [0, 1], [1, 2]])
    np.testing.assert_array_equal(v.values, [0, 0, 2])


def test_sparse_times_and_over_dense():
    result, names = _ops_added(lambda a, b: a * tf.constant([10.0, 20.0, 30.0, 40.0]))
    assert names == ["Const:Const", "mul:SparseDenseCwiseMul"]
    np.testing.assert_array_equal(_run(result).values, [10.0, 60.0])
    a = tf.SparseTensor([[0], [2]], [-7, 7], [4])
    np.testing.assert_array_equal(_run(a / tf.constant(2)).values, [-3.5, 3.5])  # float64, as in TF
    with pytest.raises(tf.errors.InvalidArgumentError, match="broadcasts dense to sparse only"):
        _run(tf.SparseTensor([[0, 0]], [1.0], [2, 3]) * tf.ones([3, 3]))


def test_indicator_merge_mask_from_dense_reset_shape():
    ids = tf.SparseTensor([[0, 0], [1, 1]], tf.constant([1, 3], tf.int64), [2, 2])
    indicator = tf.sparse.to_indicator(ids, 4)
    assert indicator.op.name == "SparseToIndicator" and indicator.shape.as_list() == [2, 4]
    np.testing.assert_array_equal(_run(indicator), [[False, True, False, False], [False, False, False, True]])
    masked = tf.sparse_mask(
        tf.IndexedSlices(tf.ones([3, 4]), tf.constant([0, 1, 2]), tf.constant([5, 4])), [1]
    )
    assert masked.values.op.name == "sparse_mask"
    np.testing.assert_array_equal(_run(masked.indices), [0, 2])
    dense = tf.sparse.from_dense(tf.constant([[0, 1.0], [2, 0]]))
    assert dense.indices.op.name == "dense_to_sparse/Where"
    np.testing.assert_array_equal(_run(dense).values, [1.0, 2.0])
    a = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    assert tf.sparse.reset_shape(a).shape.as_list() == [None, None]
    np.testing.assert_array_equal(_run(tf.sparse.reset_shape(a)).dense_shape, [2, 3])
    with pytest.raises(ValueError, match="Requested new_shape should have dimension sizes >= sp_input.shape"):
        tf.sparse_reset_shape(a, [2, 2])


def test_sparse_ops_with_fed_sparse_placeholders():
    sp = tf.sparse_placeholder(tf.float32, shape=[None, 4])
    feed = {sp: tf.SparseTensorValue([[0, 0], [1, 2], [2, 3]], [1.0, 2.0, 3.0], [3, 4])}
    total = tf.sparse_reduce_sum(sp, 1)
    product = tf.sparse_tensor_dense_matmul(sp, tf.ones([4, 2]))
    added = tf.sparse_add(sp, sp)
    assert added.shape.as_list() == [None, None]
    s, p, a = _run([total, product, added], feed)
    np.testing.assert_array_equal(s, [1, 2, 3])
    np.testing.assert_array_equal(p, [[1, 1], [2, 2], [3, 3]])
    np.testing.assert_array_equal(a.values, [2, 4, 6])


def test_gradients_through_sparse_ops():
    v = tf.constant([1.0, 2.0, 3.0])
    a = tf.SparseTensor([[0, 0], [1, 2], [1, 3]], v, [3, 4])
    g_sum = tf.gradients(tf.sparse_reduce_sum(a, 1) * tf.constant([1.0, 2.0, 3.0]), v)[0]
    g_soft = tf.gradients(tf.sparse_softmax(a).values * tf.constant([1.0, 2.0, 3.0]), v)[0]
    d = tf.reshape(tf.range(8.0), [4, 2])
    g_mm = tf.gradients(tf.sparse_tensor_dense_matmul(a, d), [v, d])
    out = _run([g_sum, g_soft] + g_mm)
    np.testing.assert_allclose(out[0], [1, 2, 2])
    np.testing.assert_allclose(out[1], [0.0, -0.19661193, 0.19661193], rtol=1e-5)
    np.testing.assert_allclose(out[2], [1, 9, 13])
    np.testing.assert_allclose(out[3], [[1, 1], [0, 0], [2, 2], [3, 3]])
    with pytest.raises(LookupError):
        tf.gradients(tf.sparse_reduce_max(a, 1), v)
    with pytest.raises(TypeError):
        tf.gradients(tf.sparse_maximum(a, a).values, v)


# ------------------------------------------- conformance sweep (strings_sparse), TF 2.21
def test_sparse_add_static_shape_is_broadcast_not_merged():
    a = tf.SparseTensor([[0, 0]], [1.0], [3, 4])
    assert tf.sparse.add(a, tf.sparse_placeholder(tf.float32)).shape.as_list() == [None, None]
    assert tf.sparse.add(a, tf.sparse_placeholder(tf.float32, [None, 4])).shape.as_list() == [3, 4]


def test_sparse_concat_static_axis_out_of_range_is_index_error():
    a = tf.SparseTensor([[0, 0]], [1.0], [3, 4])
    for axis in (2, -3):
        with pytest.raises(IndexError):
            tf.sparse.concat(axis, [a, a])


def test_sparse_reshape_with_zero_size_keeps_python_shape_unknown():
    z = tf.SparseTensor(tf.zeros([0, 2], tf.int64), tf.zeros([0]), [0, 4])
    assert tf.sparse.reshape(z, [-1, 2]).shape.as_list() == [None, None]
    a = tf.SparseTensor([[0, 0]], [1.0], [3, 4])
    assert tf.sparse.reshape(a, [6, -1]).shape.as_list() == [6, 2]


def test_sparse_slice_negative_size_fails_when_run():
    a = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.sparse.slice(a, [0, 0], [-1, 2]))
    v = _run(tf.sparse.slice(a, [-1, 0], [2, 2]))  # a negative start is allowed
    np.testing.assert_array_equal(v.indices, [[1, 0]])


def test_sparse_split_tensor_axis_must_be_int64():
    a = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    with pytest.raises(TypeError):
        tf.sparse.split(sp_input=a, num_split=2, axis=tf.constant(1))
    parts = tf.sparse.split(sp_input=a, num_split=2, axis=tf.constant(1, tf.int64))
    np.testing.assert_array_equal(_run(parts[1]).indices, [[1, 0]])


def test_sparse_expand_dims_and_transpose_static_errors():
    a = tf.SparseTensor([[0, 1, 2]], [1], [2, 3, 4])
    with pytest.raises(ValueError):
        tf.sparse.expand_dims(a, 4)
    assert tf.sparse.expand_dims(a, 3).shape.as_list() == [None, None, None, 1]
    assert tf.sparse.expand_dims(a, -5).shape.ndims is None
    with pytest.raises(ValueError):
        tf.sparse.transpose(a, [0, 1])  # TF keeps the old trailing dim: rank 2 indices, rank 3 shape
    assert tf.sparse.transpose(a, [0, 1, 1]).shape.as_list() == [2, 3, 3]
    with pytest.raises(IndexError):
        tf.sparse.transpose(a, [0, 1, 3])


def test_sparse_reduce_dense_output_coordinate_out_of_bounds_is_internal_error():
    p = tf.sparse_placeholder(tf.float32, [3, 3])
    feeds = {"oob": ([[0, 1], [3, 0]], [1.0, 2.0], [3, 3]), "neg": ([[-1, 0]], [1.0], [3, 3])}
    with tf.Session() as sess:
        for feed in feeds.values():
            for t in (tf.sparse.reduce_sum(p, 1), tf.sparse.reduce_max(p, 1)):
                with pytest.raises(tf.errors.InternalError):
                    sess.run(t, {p: feed})
            # the reduced axis and the sparse-output forms do not check it
            sess.run([tf.sparse.reduce_sum(p, 0), tf.sparse.reduce_sum_sparse(p, 1).values], {p: feed})


def test_sparse_softmax_of_unordered_indices_returns_row_major_ordered_values():
    un = tf.SparseTensor([[1, 0], [0, 2], [0, 0]], [1.0, 3.0, 2.0], [2, 3])
    np.testing.assert_allclose(_run(tf.sparse.softmax(un).values), [0.268941, 0.731059, 1.0], rtol=1e-5)


def test_sparse_truediv_of_integers_is_float():
    sp = tf.SparseTensor([[0], [1]], [7, 4], [3])
    dv = sp / tf.constant([2, 8, 1])
    assert (dv.dtype, dv.values.name) == (tf.float64, "truediv:0")
    np.testing.assert_allclose(_run(dv.values), [3.5, 0.5])
    assert (sp * tf.constant(3)).dtype == tf.int32


def test_sparse_merge_with_lists_of_ids_and_vocab_sizes():
    ids = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([1, 3, 0], tf.int64), [2, 2])
    ids2 = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], tf.constant([2, 0, 4], tf.int64), [2, 2])
    vals = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], [0.5, 1.5, 2.5], [2, 2])
    mg = tf.sparse_merge([ids, ids2], vals, [4, 5])
    assert mg.shape.as_list() == [2, 4, 5]
    v = _run(mg)
    np.testing.assert_array_equal(v.indices, [[0, 1, 2], [0, 3, 0], [1, 0, 4]])
    np.testing.assert_array_equal(v.dense_shape, [2, 4, 5])
    with pytest.raises(ValueError):
        tf.sparse_merge([ids], vals, [4, 5])
    with pytest.raises(TypeError):
        tf.sparse_merge(ids, vals, 4.0)
    with pytest.raises(TypeError):
        tf.sparse_merge([ids], vals, 4)
