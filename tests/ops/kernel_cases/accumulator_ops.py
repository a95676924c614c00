"""Kernel cases for the gradient accumulator ops (tensorweave/ops/accumulator_ops.py).

Accumulator ops act on an accumulator kept in the session, so each case is a round trip in
one step, ordered by control dependencies: make an accumulator, apply gradients, then take
the mean (or read the count). tests/ops/test_accumulator_ops.py covers staleness, blocking,
errors and sharing.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I64, Case, arr
from tensorweave.framework.op_def import apply_op


def _after(op, make):
    with tf.control_dependencies([op] if not isinstance(op, list) else op):
        return make()


def _dense(value, reduction="MEAN"):
    """Applies x and 3x, then takes: the mean 2x (or the sum 4x)."""
    def build(x):
        acc = tf.ConditionalAccumulator(tf.as_dtype(value.dtype), shape=value.shape,
                                        reduction_type=reduction)
        first = acc.apply_grad(x)
        second = _after(first, lambda: acc.apply_grad(x * 3))
        return _after(second, lambda: acc.take_grad(2))
    return build


def _count_after_stale(x):
    acc = tf.ConditionalAccumulator(tf.float32, shape=[3])
    step = acc.set_global_step(tf.constant(5, tf.int64))
    stale = _after(step, lambda: acc.apply_grad(x, local_step=4))
    fresh = _after(stale, lambda: acc.apply_grad(x, local_step=5))
    return _after(fresh, acc.num_accumulated)


def _ref_dense(make_count=False):
    """The TF1 ref-handle ops, which graphs written by old TensorFlow versions hold."""
    def build(x):
        ref = apply_op("ConditionalAccumulator", [], {"dtype": tf.float32, "shape": [3]})
        step = apply_op("AccumulatorSetGlobalStep", [ref, tf.constant(1, tf.int64)], {})
        stale = _after(step, lambda: apply_op(
            "AccumulatorApplyGradient", [ref, tf.constant(0, tf.int64), x * 9], {}))
        applies = [stale]
        for k in (1, 2):
            applies = [_after(applies[-1], lambda k=k: apply_op(
                "AccumulatorApplyGradient", [ref, tf.constant(1, tf.int64), x * k], {}))]
        if make_count:
            return _after(applies, lambda: apply_op("AccumulatorNumAccumulated", [ref], {}))
        return _after(applies, lambda: apply_op("AccumulatorTakeGradient",
                                                [ref, tf.constant(2)], {"dtype": tf.float32}))
    return build


def _sparse(indices, values):
    """Applies rows `values` at `indices` and the same rows doubled, then takes the mean."""
    def build(i, v):
        acc = tf.SparseConditionalAccumulator(tf.as_dtype(values.dtype),
                                              shape=[6] + list(values.shape[1:]))
        first = acc.apply_grad(i, v)
        second = _after(first, lambda: acc.apply_grad(i, v * 2))
        return list(_after(second, lambda: acc.take_grad(2)))
    return build


def _sparse_count(i, v):
    acc = tf.SparseConditionalAccumulator(tf.float32, shape=[6, 2])
    step = acc.set_global_step(tf.constant(2, tf.int64))
    stale = _after(step, lambda: acc.apply_grad(i, v, local_step=1))
    fresh = _after(stale, lambda: acc.apply_grad(i, v, local_step=2))
    return _after(fresh, acc.num_accumulated)


_X = arr((3,), F32)
_M64 = arr((2, 3), F64)
_IDX = np.array([0, 2, 5], I64)
_ROWS = arr((3, 2), F32)


def _sparse_ref(i, v):
    return [i, v * 1.5, np.array([6] + list(v.shape[1:]), I64)]


CASES = {
    "ResourceConditionalAccumulator": [Case([_X], lambda x: 2 * x, build=_dense(_X), name="mean")],
    "ResourceAccumulatorApplyGradient": [
        Case([_M64], lambda x: 4 * x, build=_dense(_M64, "SUM"), name="sum_f64")],
    "ResourceAccumulatorTakeGradient": [
        Case([_M64], lambda x: 2 * x, build=_dense(_M64), name="mean_f64")],
    "ResourceAccumulatorNumAccumulated": [
        Case([_X], lambda x: np.int32(1), build=_count_after_stale, name="one_fresh")],
    "ResourceAccumulatorSetGlobalStep": [
        Case([_X], lambda x: np.int32(1), build=_count_after_stale, name="drops_stale")],
    "ConditionalAccumulator": [Case([_X], lambda x: 1.5 * x, build=_ref_dense(), name="ref")],
    "AccumulatorApplyGradient": [Case([_X], lambda x: 1.5 * x, build=_ref_dense(), name="ref")],
    "AccumulatorTakeGradient": [Case([_X], lambda x: 1.5 * x, build=_ref_dense(), name="ref")],
    "AccumulatorSetGlobalStep": [
        Case([_X], lambda x: np.int32(2), build=_ref_dense(True), name="ref_count")],
    "AccumulatorNumAccumulated": [
        Case([_IDX, _ROWS], lambda i, v: np.int32(1), build=_sparse_count, name="sparse")],
    "SparseConditionalAccumulator": [
        Case([_IDX, _ROWS], _sparse_ref, build=_sparse(_IDX, _ROWS), name="rows")],
    "SparseAccumulatorApplyGradient": [
        Case([_IDX, _ROWS], _sparse_ref, build=_sparse(_IDX, _ROWS), name="rows")],
    "SparseAccumulatorTakeGradient": [
        Case([_IDX, _ROWS], _sparse_ref, build=_sparse(_IDX, _ROWS), name="rows")],
}
