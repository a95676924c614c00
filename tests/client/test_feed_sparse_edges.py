"""Feeding SparseTensors: as in TF, the three components are zipped with the fed value."""
import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _sparse_graph(shape):
    sp = tf.sparse_placeholder(tf.float32, shape=shape)
    return sp, tf.sparse.to_dense(sp)


def test_short_sequence_leaves_dense_shape_to_its_default():
    with tf.Graph().as_default():
        sp, dense = _sparse_graph([2, 3])
        with tf.Session() as sess:
            out = sess.run(dense, {sp: ([[0, 1]], [4.0])})
    np.testing.assert_array_equal(out, [[0.0, 4.0, 0.0], [0.0, 0.0, 0.0]])


def test_short_sequence_without_default_leaves_placeholder_unfed():
    with tf.Graph().as_default():
        sp, dense = _sparse_graph(None)
        with tf.Session() as sess:
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(dense, {sp: ([[0, 0]], [1.0])})


def test_longer_sequence_ignores_extra_items():
    with tf.Graph().as_default():
        sp, dense = _sparse_graph([2, 3])
        with tf.Session() as sess:
            out = sess.run(dense, {sp: ([[1, 2]], [5.0], [2, 3], "extra")})
    np.testing.assert_array_equal(out, [[0.0, 0.0, 0.0], [0.0, 0.0, 5.0]])


def test_array_rows_are_fed_to_the_components():
    with tf.Graph().as_default():
        sp, dense = _sparse_graph([2, 3])
        with tf.Session() as sess:
            with pytest.raises(ValueError, match=r"shape \(3,\) for Tensor .*shape \(None, 2\)"):
                sess.run(dense, {sp: np.zeros((2, 3))})


def test_non_iterable_value_is_a_type_error():
    with tf.Graph().as_default():
        sp, dense = _sparse_graph([2, 3])
        with tf.Session() as sess:
            with pytest.raises(TypeError, match="SparseTensorValue"):
                sess.run(dense, {sp: 5})
