"""tf.sparse.bincount (tensorweave/ops/count_ops.py) against NumPy counts and TF 2.21's
output sizes (recorded: the largest value of all + 1, capped at maxlength, raised to
minlength)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

D = np.array([[1, 2, 2, 9], [0, 5, 1, 1]], np.int64)
W = np.array([[1.0, 2.0, 3.0, 4.0], [4.0, 5.0, 6.0, 7.0]], np.float32)


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


def _dense(v):
    out = np.zeros(v.dense_shape, v.values.dtype)
    out[tuple(v.indices.T)] = v.values
    return out


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_axis0_counts_everything():
    v = _run(tf.sparse.bincount(tf.constant(D)))
    np.testing.assert_array_equal(_dense(v), np.bincount(D.ravel()))
    assert v.values.dtype == np.int64 and v.indices.shape[1] == 1


def test_axis_minus1_counts_per_row_with_weights():
    v = _run(tf.sparse.bincount(tf.constant(D), weights=tf.constant(W), axis=-1))
    expected = np.stack([np.bincount(D[r], weights=W[r], minlength=10) for r in range(2)])
    np.testing.assert_allclose(_dense(v), expected)
    assert v.values.dtype == np.float32


@pytest.mark.parametrize("kw,size", [({"minlength": 12}, 12), ({"maxlength": 4}, 4),
                                     ({"minlength": 3, "maxlength": 5}, 5), ({"maxlength": 0}, 0)])
def test_minlength_and_maxlength(kw, size):
    v = _run(tf.sparse.bincount(tf.constant(D), axis=-1, **kw))
    assert v.dense_shape.tolist() == [2, size]
    expected = np.stack([np.bincount(D[r][D[r] < size], minlength=size)[:size] for r in range(2)])
    np.testing.assert_array_equal(_dense(v), expected)


def test_sparse_input_and_binary_output():
    sp = tf.SparseTensor([[0, 0], [0, 2], [1, 1], [1, 3], [3, 0]], [3, 1, 3, 3, 2], [4, 4])
    v = _run(tf.sparse.bincount(sp, axis=-1, binary_output=True))
    assert v.indices.tolist() == [[0, 1], [0, 3], [1, 3], [3, 2]]
    assert v.values.tolist() == [1, 1, 1, 1] and v.dense_shape.tolist() == [4, 4]
    v = _run(tf.sparse.bincount(sp))
    assert v.indices.tolist() == [[1], [2], [3]] and v.values.tolist() == [1, 1, 3]


def test_empty_input_has_size_one_like_tf():
    v = _run(tf.sparse.bincount(tf.constant([], tf.int32)))
    assert v.dense_shape.tolist() == [1] and v.values.size == 0


def test_errors():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.sparse.bincount(tf.constant([1, -1])).values)
    with pytest.raises(ValueError):
        tf.sparse.bincount(tf.constant(D), axis=1)
    with pytest.raises(ValueError):
        tf.sparse.bincount(tf.constant(D), weights=tf.constant(W), binary_output=True)
