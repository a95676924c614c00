"""tf.vectorized_map: values against NumPy, structures, static shapes, errors."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_vectorized_map_matches_numpy_per_row():
    xv = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], np.float32)
    x = tf.constant(xv)
    y = tf.vectorized_map(lambda r: tf.reduce_sum(r * r), x)
    w = tf.vectorized_map(lambda r: tf.matmul(tf.expand_dims(r, 0), tf.ones([2, 3])), x)
    assert y.shape.as_list() == [3] and w.shape.as_list() == [3, 1, 3]
    with tf.Session() as s:
        yv, wv = s.run([y, w])
    np.testing.assert_allclose(yv, (xv * xv).sum(1))
    np.testing.assert_allclose(wv, np.stack([r[None] @ np.ones((2, 3)) for r in xv]))


def test_vectorized_map_structures_and_dtypes():
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    i = tf.constant([1, 2])
    out = tf.vectorized_map(lambda a: {"f": a[0] * 2.0, "i": a[1] + 1}, (x, i))
    assert out["i"].dtype == tf.int32 and out["f"].shape.as_list() == [2, 2]
    with tf.Session() as s:
        v = s.run(out)
    np.testing.assert_array_equal(v["i"], [2, 3])
    np.testing.assert_allclose(v["f"], [[2.0, 4.0], [6.0, 8.0]])


def test_vectorized_map_unknown_batch_and_gradient():
    p = tf.placeholder(tf.float32, [None, 2])
    q = tf.vectorized_map(lambda r: tf.reduce_sum(tf.square(r)), p)
    assert q.shape.as_list() == [None]
    g = tf.gradients(tf.reduce_sum(q), p)[0]
    with tf.Session() as s:
        qv, gv = s.run([q, g], {p: [[1.0, 2.0], [3.0, -1.0], [0.0, 0.5]]})
    np.testing.assert_allclose(qv, [5.0, 10.0, 0.25])
    np.testing.assert_allclose(gv, 2 * np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 0.5]]))


def test_vectorized_map_refuses_scalars_and_non_callables():
    with pytest.raises(ValueError, match="rank"):
        tf.vectorized_map(lambda r: r, tf.constant(1.0))
    with pytest.raises(TypeError):
        tf.vectorized_map(3, tf.constant([1.0]))
