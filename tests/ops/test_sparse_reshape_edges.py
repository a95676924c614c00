"""sparse.reshape: a constant target shape with -1 whose size does not divide is a graph-time
ValueError (TF infers size // rest for the -1 and then compares sizes)."""

import pytest

import tensorweave.compat.v1 as tf


def _st():
    return tf.SparseTensor([[0, 1], [2, 3]], [1, 2], [3, 4])


def test_implied_dimension_that_does_not_divide_raises_value_error():
    with tf.Graph().as_default():
        with pytest.raises(ValueError, match="Cannot reshape a tensor with 12 elements"):
            tf.sparse.reshape(_st(), [5, -1])


def test_implied_dimension_that_divides_gets_static_shape():
    with tf.Graph().as_default():
        r = tf.sparse.reshape(_st(), [-1, 3])
        assert r.shape.as_list() == [4, 3]
        with tf.Session() as sess:
            assert sess.run(r.dense_shape).tolist() == [4, 3]


def test_fed_shape_is_checked_at_run_time_only():
    with tf.Graph().as_default():
        shape = tf.placeholder(tf.int64, [2])
        r = tf.sparse.reshape(_st(), shape)
        with tf.Session() as sess:
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(r.indices, {shape: [5, -1]})
