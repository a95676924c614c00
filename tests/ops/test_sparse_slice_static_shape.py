"""SparseSlice's output shape is known while building when shape, start and size are constants
(TF's shape inference evaluates it), so ops shaped by it get static shapes as in TF 2.21."""

import numpy as np

import tensorweave.compat.v1 as tf


def test_slice_of_constant_sparse_tensor_gives_static_dense_shapes():
    sp = tf.SparseTensor([[0, 0], [1, 2]], [1.0, 2.0], [3, 4])
    r = tf.sparse.slice(sp, [1, 1], [5, 2])
    # TF 2.21: the SparseTensor's own static shape keeps only the rank (Python-side folding)...
    assert r.shape.as_list() == [None, None]
    # ...while ops shaped by its dense_shape fold it (graph shape inference): both (2, 2).
    assert tf.scatter_nd(r.indices, r.values, r.dense_shape).shape.as_list() == [2, 2]
    assert tf.sparse.to_dense(r).shape.as_list() == [2, 2]
    with tf.Session() as s:
        np.testing.assert_array_equal(s.run(tf.sparse.to_dense(r)), [[0.0, 2.0], [0.0, 0.0]])


def test_slice_of_fed_shape_stays_unknown():
    shape = tf.placeholder(tf.int64, [2])
    r = tf.sparse.slice(tf.SparseTensor([[0, 0]], [1.0], shape), [0, 0], [1, 1])
    assert tf.sparse.to_dense(r).shape.as_list() == [None, None]
