"""Dataset.sparse_batch / tf.data.experimental.dense_to_sparse_batch: values, shapes, names and
errors recorded from TensorFlow 2.21 (tf.compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _ragged(n):
    # Elements [1], [2, 2], [3, 3, 3], ... of int64.
    return tf.data.Dataset.range(1, n + 1).map(lambda k: tf.fill([tf.cast(k, tf.int32)], k))


def test_dense_to_sparse_batch_values_and_static_structure():
    ds = _ragged(5).apply(tf.data.experimental.dense_to_sparse_batch(batch_size=2, row_shape=[5]))
    assert ds._variant_tensor.op.type == "DenseToSparseBatchDataset"
    assert tf.data.get_output_classes(ds) is tf.SparseTensor
    assert tf.data.get_output_types(ds) == tf.int64
    assert tf.data.get_output_shapes(ds).as_list() == [None, 5]
    nxt = tf.data.make_one_shot_iterator(ds).get_next()
    assert isinstance(nxt, tf.SparseTensor)
    assert (nxt.indices.shape.as_list(), nxt.values.shape.as_list(), nxt.dense_shape.shape.as_list()) \
        == ([None, 2], [None], [2])
    assert (nxt.indices.name, nxt.values.name) == ("DeserializeSparse:0", "DeserializeSparse:1")
    with tf.Session() as sess:
        v = sess.run(nxt)
        assert v.indices.tolist() == [[0, 0], [1, 0], [1, 1]]
        assert v.values.tolist() == [1, 2, 2]
        assert v.dense_shape.tolist() == [2, 5]
        sess.run(nxt)
        v = sess.run(nxt)
        assert (v.values.tolist(), v.dense_shape.tolist()) == ([5] * 5, [1, 5])
        with pytest.raises(tf.errors.OutOfRangeError):
            sess.run(nxt)


def test_sparse_batch_keeps_zeros_and_sizes_unknown_dims_to_the_batch():
    ds = tf.data.Dataset.from_tensors(tf.constant([[1, 0], [0, 2]])).repeat(3) \
        .sparse_batch(2, [3, 2])
    v = _first(ds)
    assert v.values.tolist() == [1, 0, 0, 2, 1, 0, 0, 2]
    assert v.dense_shape.tolist() == [2, 3, 2]
    empty = _first(tf.data.Dataset.from_tensor_slices(tf.zeros([3, 0])).sparse_batch(2, [None]))
    assert empty.indices.shape == (0, 2) and empty.values.dtype == np.float32
    assert empty.dense_shape.tolist() == [2, 0]


def _first(ds):
    with tf.Session() as sess:
        return sess.run(tf.data.make_one_shot_iterator(ds).get_next())


def test_sparse_batch_run_time_errors():
    too_long = _ragged(5).sparse_batch(2, [2])
    rank = tf.data.Dataset.range(3).sparse_batch(2, [2])
    zero = _ragged(2).sparse_batch(0, [5])
    nxt = tf.data.make_one_shot_iterator(too_long).get_next()
    with tf.Session() as sess:
        sess.run(nxt)
        with pytest.raises(tf.errors.DataLossError, match=r"larger than the row shape \(\[2\]\)"):
            sess.run(nxt)
    with pytest.raises(tf.errors.InvalidArgumentError, match="incompatible with the row shape"):
        _first(rank)
    with pytest.raises(tf.errors.InvalidArgumentError, match="Batch size must be greater than zero"):
        _first(zero)


def test_sparse_batch_graph_errors():
    with pytest.raises(TypeError, match="single component"):
        tf.data.Dataset.range(3).map(lambda x: (x, x)).sparse_batch(2, [5])
    with pytest.raises(ValueError):
        _ragged(2).sparse_batch(2, [-1])
    with pytest.raises(TypeError):
        _ragged(2).sparse_batch(2, tf.placeholder(tf.int64, [None]))
    with pytest.raises(NotImplementedError):  # not supported yet: functions of sparse elements
        _ragged(2).sparse_batch(2, [5]).map(lambda s: s.values)


def test_sparse_elements_pass_through_repeat_take_prefetch_and_single_element():
    ds = _ragged(5).sparse_batch(2, [5]).repeat(2).take(4).prefetch(1)
    assert tf.data.get_output_classes(ds) is tf.SparseTensor
    it = tf.data.make_initializable_iterator(ds)
    nxt = it.get_next()
    with tf.Session() as sess:
        sess.run(it.initializer)
        assert [sess.run(nxt).dense_shape.tolist() for _ in range(4)] == [[2, 5], [2, 5], [1, 5], [2, 5]]
    one = tf.data.experimental.get_single_element(
        tf.data.Dataset.from_tensors(tf.constant([1.5, 0.0])).sparse_batch(3, [4]))
    with tf.Session() as sess:
        v = sess.run(one)
    assert (v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist()) == (
        [[0, 0], [0, 1]], [1.5, 0.0], [1, 4])
