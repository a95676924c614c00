"""tf.sets on dense tensors and SparseTensors: values, ordering, op types, static shapes and
errors, as recorded from TensorFlow 2.21 (tf.compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

_A = [[[1, 2], [3, 0]], [[4, 5], [6, 6]]]
_B = [[[1, 3], [3, 7]], [[5, 5], [0, 0]]]


def _sparse():
    return tf.SparseTensor([[0, 0, 0], [0, 0, 1], [1, 1, 0], [1, 1, 1]],
                           tf.constant([2, 9, 6, 1], dtype=tf.int32), [2, 2, 2])


def _run(x, feed=None):
    with tf.Session() as sess:
        return sess.run(x, feed)


def _check(value, indices, values, shape):
    np.testing.assert_array_equal(value.indices, np.array(indices, np.int64).reshape(-1, len(shape)))
    np.testing.assert_array_equal(value.values, values)
    np.testing.assert_array_equal(value.dense_shape, shape)
    assert value.indices.dtype == np.int64 and value.dense_shape.dtype == np.int64


def test_dense_dense_operations():
    with tf.Graph().as_default():
        a = tf.constant(_A, dtype=tf.int32)
        b = tf.constant(_B, dtype=tf.int32)
        inter = tf.sets.intersection(a, b)
        union = tf.sets.union(a, b)
        diff = tf.sets.difference(a, b)
        rdiff = tf.sets.set_difference(a, b, aminusb=False)
        assert isinstance(union, tf.SparseTensor)
        assert [x.indices.op.name for x in (inter, union, diff, rdiff)] == [
            "DenseToDenseSetOperation", "DenseToDenseSetOperation_1", "DenseToDenseSetOperation_2",
            "DenseToDenseSetOperation_3"]
        assert [x.indices.op.get_attr("set_operation") for x in (inter, union, diff, rdiff)] == [
            b"intersection", b"union", b"a-b", b"b-a"]
        assert union.indices.op.get_attr("validate_indices") is True
        assert union.indices.shape.as_list() == [None, 3]
        assert union.values.shape.as_list() == [None] and union.values.dtype == tf.int32
        assert union.dense_shape.shape.as_list() == [3]
        i, u, d, r = _run([inter, union, diff, rdiff])
    _check(i, [[0, 0, 0], [0, 1, 0], [1, 0, 0]], [1, 3, 5], [2, 2, 1])
    _check(u, [[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 1, 0], [0, 1, 1], [0, 1, 2], [1, 0, 0],
               [1, 0, 1], [1, 1, 0], [1, 1, 1]], [1, 2, 3, 0, 3, 7, 4, 5, 0, 6], [2, 2, 3])
    _check(d, [[0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 0]], [2, 0, 4, 6], [2, 2, 1])
    _check(r, [[0, 0, 0], [0, 1, 0], [1, 1, 0]], [3, 7, 0], [2, 2, 1])
    assert u.values.dtype == np.int32


def test_dense_sparse_and_flipped_sparse_dense():
    with tf.Graph().as_default():
        a = tf.constant(_A, dtype=tf.int32)
        sp = _sparse()
        union = tf.sets.union(a, sp)
        inter = tf.sets.intersection(sp, a)  # flipped to (a, sp)
        diff = tf.sets.difference(sp, a)  # flipped: b-a
        assert union.indices.op.type == "DenseToSparseSetOperation"
        assert inter.indices.op.inputs[0] is a
        assert diff.indices.op.get_attr("set_operation") == b"b-a"
        u, i, d = _run([union, inter, diff])
    _check(u, [[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1],
               [1, 1, 0], [1, 1, 1]], [1, 2, 9, 0, 3, 4, 5, 1, 6], [2, 2, 3])
    _check(i, [[0, 0, 0], [1, 1, 0]], [2, 6], [2, 2, 1])
    _check(d, [[0, 0, 0], [1, 1, 0]], [9, 1], [2, 2, 1])


def test_sparse_sparse_and_size():
    with tf.Graph().as_default():
        sp = _sparse()
        union = tf.sets.set_union(sp, sp)
        assert union.indices.op.type == "SparseToSparseSetOperation"
        size = tf.sets.size(sp)
        assert (size.op.name, size.op.type) == ("SetSize", "SetSize")
        assert size.dtype == tf.int32 and size.shape.ndims is None
        u, n, n2 = _run([union, size, tf.sets.set_size(union)])
    _check(u, [[0, 0, 0], [0, 0, 1], [1, 1, 0], [1, 1, 1]], [2, 9, 1, 6], [2, 2, 2])
    np.testing.assert_array_equal(n, [[2, 0], [0, 2]])
    np.testing.assert_array_equal(n2, [[2, 0], [0, 2]])
    assert n.dtype == np.int32


def test_strings_sort_bytewise_and_keep_empty_strings():
    with tf.Graph().as_default():
        u = _run(tf.sets.union(tf.constant([["b", "a", "a"], ["c", "", "d"]]),
                               tf.constant([["a", "c"], ["x", "d"]])))
    _check(u, [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [1, 3]],
           [b"a", b"b", b"c", b"", b"c", b"d", b"x"], [2, 4])


def test_small_integer_types_empty_results_and_duplicates():
    with tf.Graph().as_default():
        u16 = tf.sets.union(tf.constant([[3, 1]], tf.uint16), tf.constant([[2]], tf.uint16))
        i8 = tf.sets.intersection(tf.constant([[3, 1]], tf.int8), tf.constant([[1]], tf.int8))
        empty = tf.sets.intersection(tf.constant([[1, 2], [3, 4]]), tf.constant([[5], [6]]))
        dup = tf.SparseTensor([[0, 0], [0, 1], [0, 2]], [5, 5, 1], [1, 3])
        u, i, e, n, d = _run([u16, i8, empty, tf.sets.size(dup), tf.sets.union(dup, dup)])
    _check(u, [[0, 0], [0, 1], [0, 2]], [1, 2, 3], [1, 3])
    assert u.values.dtype == np.uint16
    _check(i, [[0, 0]], [1], [1, 1])
    assert i.values.dtype == np.int8
    _check(e, np.zeros((0, 2)), [], [2, 0])
    np.testing.assert_array_equal(n, [2])
    _check(d, [[0, 0], [0, 1]], [1, 5], [1, 2])


def test_rank_three_sparse_size_and_unvalidated_unsorted_indices():
    with tf.Graph().as_default():
        f = tf.SparseTensor([[0, 1, 0], [0, 1, 3], [1, 0, 0]], [1, 2, 3], [2, 2, 4])
        unsorted = tf.SparseTensor([[1, 0], [0, 0]], [1, 2], [2, 3])
        n, m = _run([tf.sets.size(f), tf.sets.size(unsorted, validate_indices=False)])
    np.testing.assert_array_equal(n, [[0, 2], [1, 0]])
    np.testing.assert_array_equal(m, [1, 1])


def test_unknown_static_shapes():
    with tf.Graph().as_default():
        p = tf.placeholder(tf.int32)
        q = tf.placeholder(tf.int32)
        x = tf.sets.union(p, q)
        assert x.indices.shape.as_list() == [None, None]
        assert x.dense_shape.shape.as_list() == [None]
        y = tf.sets.union(tf.placeholder(tf.int32, [None, None, 3]), q)
        assert y.indices.shape.as_list() == [None, 3] and y.dense_shape.shape.as_list() == [3]


def test_build_errors():
    with tf.Graph().as_default():
        with pytest.raises(TypeError, match="'a' has invalid dtype `<dtype: 'float32'>` not in "
                                            "supported dtypes"):
            tf.sets.union(tf.constant([1.0]), tf.constant([2.0]))
        with pytest.raises(TypeError, match="Types don't match, <dtype: 'int32'> vs <dtype: 'int64'>."):
            tf.sets.union(tf.constant([1]), tf.constant([2], dtype=tf.int64))
        with pytest.raises(TypeError, match="Expected `SparseTensor`, got"):
            tf.sets.size(tf.constant([1]))
        with pytest.raises(ValueError, match="Shape must be at least rank 2 but is rank 0"):
            tf.sets.union(tf.constant(1), tf.constant(2))
        with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal, but are 1 and 2"):
            tf.sets.union(tf.constant([[1, 2]]), tf.constant([[1], [2]]))
        e = tf.SparseTensor([[0], [2]], [4, 5], [3])
        with pytest.raises(ValueError, match="Input 0, expected rank >= 2, got 1"):
            tf.sets.union(e, e)


@pytest.mark.parametrize("make,feed_values,message", [
    ("dense", ([[1, 2]], [[1], [2]]), r"Mismatched shapes \[1\] vs \[2\]"),
    ("dense", ([[1, 2]], [[[1]]]), r"Mismatched shapes \[1\] vs \[1,1\]"),
    ("dense", ([1, 2], [1]), r"Shape \[2\] has rank 1 < 2"),
])
def test_run_errors_of_fed_dense_sets(make, feed_values, message):
    with tf.Graph().as_default():
        p, q = tf.placeholder(tf.int32), tf.placeholder(tf.int32)
        x = tf.sets.union(p, q)
        with pytest.raises(tf.errors.InvalidArgumentError, match=message):
            _run(x, {p: feed_values[0], q: feed_values[1]})


def test_run_errors_of_sparse_sets():
    with tf.Graph().as_default():
        a = tf.SparseTensor([[0, 0], [1, 0]], [1, 2], [2, 3])
        b = tf.SparseTensor([[0, 0], [2, 0]], [1, 3], [3, 3])
        unsorted = tf.SparseTensor([[1, 0], [0, 0]], [1, 2], [2, 3])
        out_of_bounds = tf.SparseTensor([[0, 5]], [1], [2, 3])
        rank1 = tf.SparseTensor([[0], [2]], [4, 5], [3])
        cases = [
            (tf.sets.union(a, b), r"Mismatched shapes \[2\] vs \[3\]"),
            (tf.sets.size(unsorted),
             r"indices\[1\] = \[0,0\] is out of order. Many sparse ops require sorted indices."),
            (tf.sets.union(unsorted, a), r"indices\[1\] = \[0,0\] is out of order"),
            (tf.sets.union(tf.constant([[1, 2]]), b), r"Mismatched shapes \[1\] vs \[3\]"),
            (tf.sets.size(out_of_bounds),
             r"indices\[0\] = \[0,5\] is out of bounds: need 0 <= index < \[2,3\]"),
            (tf.sets.size(rank1), "Invalid rank 1."),
        ]
        for x, message in cases:
            with pytest.raises(tf.errors.InvalidArgumentError, match=message):
                _run(x)
        # The last dimension may differ between sparse operands.
        c = tf.SparseTensor([[0, 0], [1, 0]], [1, 3], [2, 5])
        _check(_run(tf.sets.union(a, c)), [[0, 0], [1, 0], [1, 1]], [1, 2, 3], [2, 2])


def test_graph_def_attrs_round_trip():
    with tf.Graph().as_default() as g:
        tf.sets.union(tf.constant([[1, 2]]), tf.constant([[2, 3]]))
        graph_def = g.as_graph_def()
    with tf.Graph().as_default() as g2:
        tf.import_graph_def(graph_def, name="")
        op = g2.get_operation_by_name("DenseToDenseSetOperation")
        assert op.get_attr("set_operation") == b"union"
        with tf.Session() as sess:
            values = sess.run(op.outputs[1])
        np.testing.assert_array_equal(values, [1, 2, 3])
