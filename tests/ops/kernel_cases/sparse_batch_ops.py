"""Kernel cases for DenseToSparseBatchDataset and DeserializeSparse (tensorweave/data/sparse_batch.py)."""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, I64, Case
from tensorweave.framework.op_def import apply_op


def _first_sparse_batch(x):
    ds = tf.data.Dataset.from_tensor_slices(x).apply(
        tf.data.experimental.dense_to_sparse_batch(3, [None]))
    it = tf.data.make_initializable_iterator(ds)
    with tf.control_dependencies([it.initializer]):
        sp = it.get_next()
    return [sp.indices, sp.values, sp.dense_shape]


def _sparse_batch_ref(x):
    rows = x[:3]
    indices = np.array([[r, c] for r in range(len(rows)) for c in range(rows.shape[1])], I64)
    return [indices, rows.reshape(-1), np.array(rows.shape, I64)]


def _round_trip(indices, values, shape):
    serialized = apply_op("SerializeSparse", [indices, values, shape], {})
    return list(apply_op("DeserializeSparse", [serialized], {"dtype": tf.float32}))


_X = np.arange(10, dtype=F32).reshape(5, 2)

CASES = {
    "DenseToSparseBatchDataset": [Case([_X], _sparse_batch_ref, build=_first_sparse_batch)],
    "DeserializeSparse": [
        Case([np.array([[0, 1], [2, 0]], I64), np.array([1.5, -2.0], F32), np.array([3, 2], I64)],
             lambda i, v, s: [i, v, s], build=_round_trip, name="string_round_trip"),
    ],
}
