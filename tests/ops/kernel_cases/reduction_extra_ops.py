"""Kernel cases for tensorweave/ops/reduction_extra_ops.py: TopKV2 and the sorted and
unsorted segment reductions."""

import numpy as np

from tensorweave.framework import dtypes

from ._common import F32, F64, I32, I64, Case, arr


def _topk_ref(x, k):
    k = int(k)
    rows = x.reshape(-1, x.shape[-1]) if x.ndim else x.reshape(1, -1)
    vals, idx = [], []
    for r in rows.tolist():
        order = sorted(range(len(r)), key=lambda i: (-r[i], i))[:k]
        idx.append(order)
        vals.append([r[i] for i in order])
    shape = x.shape[:-1] + (k,)
    return [np.array(vals, x.dtype).reshape(shape), np.array(idx).reshape(shape)]


def _topk_case(x, k, index_type=I32, const=True, name=""):
    tout = {I32: dtypes.int32, I64: dtypes.int64}[index_type]

    def ref(x, k):
        v, i = _topk_ref(x, k)
        return [v, i.astype(index_type)]
    return Case([x, np.array(k, I32)], ref, {"index_type": tout}, const=(1,) if const else (), name=name)


def _segment_ref(combine, empty):
    def ref(data, ids, num=None):
        n = int(num) if num is not None else (int(ids.max()) + 1 if ids.size else 0)
        inner = data.shape[ids.ndim:]
        flat = data.reshape((-1,) + inner)
        out = [None] * n
        for row, s in zip(flat, ids.reshape(-1).tolist()):
            if s < 0:
                continue
            out[s] = row.astype(np.float64 if data.dtype.kind == "f" else np.int64) if out[s] is None \
                else combine(out[s], row)
        filled = [np.full(inner, empty(data.dtype)) if o is None else o for o in out]
        return np.array(filled, np.float64 if data.dtype.kind == "f" else np.int64).reshape(
            (n,) + inner).astype(data.dtype)
    return ref


def _mean_ref(data, ids):
    n = int(ids.max()) + 1 if ids.size else 0
    total = _segment_ref(np.add, lambda d: 0)(data, ids)
    counts = np.array([max(int(np.sum(ids == s)), 1) for s in range(n)])
    counts = counts.reshape((n,) + (1,) * (data.ndim - 1))
    if data.dtype.kind in "iu":
        return np.trunc(total.astype(np.float64) / counts).astype(data.dtype)
    return (total / counts).astype(data.dtype)


SORTED_INPUTS = [
    ("vector_with_gap", lambda d: arr((5,), d, -5, 5), np.array([0, 0, 1, 3, 3], I32)),
    ("matrix", lambda d: arr((4, 3), d, -5, 5), np.array([0, 1, 1, 2], I64)),
    ("single", lambda d: arr((1, 2), d, -5, 5), np.array([0], I32)),
    ("empty", lambda d: np.zeros((0, 2), d), np.zeros((0,), I32)),
]


def sorted_cases(ref, dtypes_=(F32, I32)):
    return [Case([make(d), ids], ref, rtol=1e-5, name="%s_%s" % (np.dtype(d).name, label))
            for d in dtypes_ for label, make, ids in SORTED_INPUTS]


UNSORTED_INPUTS = [
    ("vector", (6,), np.array([3, 0, 3, -1, 1, 0], I32), 5),
    ("matrix", (4, 3), np.array([2, 0, 2, 1], I64), 3),
    ("ids_2d", (2, 3, 2), np.array([[0, 1, 0], [-1, 3, 1]], I32), 4),
    ("empty", (0, 2), np.zeros((0,), I32), 2),
]


def unsorted_cases(ref, dtypes_=(F32, I32)):
    cases = []
    for d in dtypes_:
        for label, shape, ids, num in UNSORTED_INPUTS:
            num_dtype = I64 if label == "matrix" else I32
            cases.append(Case([arr(shape, d, -5, 5), ids, np.array(num, num_dtype)], ref, const=(2,), rtol=1e-5,
                              name="%s_%s" % (np.dtype(d).name, label)))
    cases.append(Case([arr((4, 2), F64), np.array([1, 1, 0, 2], I32), np.array(3, I32)], ref, rtol=1e-5,
                      name="fed_num_segments"))
    return cases


def _finite_lowest(dt):
    return np.finfo(dt).min if dt.kind == "f" else np.iinfo(dt).min


def _finite_highest(dt):
    return np.finfo(dt).max if dt.kind == "f" else np.iinfo(dt).max


CASES = {
    "TopKV2": [
        _topk_case(arr((2, 5)), 3, name="float32_2d"),
        _topk_case(arr((3, 2, 4), F64), 4, I64, name="float64_3d_all"),
        _topk_case(np.array([3, 1, 3, 2, 1], I32), 4, name="int_ties_keep_order"),
        _topk_case(arr((2, 4), I64, -10, 10), 0, name="k0"),
        _topk_case(arr((0, 3)), 2, name="empty_batch"),
        _topk_case(arr((6,)), 2, const=False, name="fed_k"),
    ],
    "SegmentSum": sorted_cases(_segment_ref(np.add, lambda d: 0), (F32, F64, I32))
    + [Case([np.array([1 + 1j, 2j, 3], np.complex64), np.array([0, 0, 1], I32)],
            lambda d, i: np.array([1 + 3j, 3], np.complex64), name="complex64")],
    "SegmentProd": sorted_cases(_segment_ref(np.multiply, lambda d: 1)),
    "SegmentMax": sorted_cases(_segment_ref(np.maximum, lambda d: 0), (F32, F64, I32)),
    "SegmentMin": sorted_cases(_segment_ref(np.minimum, lambda d: 0)),
    "SegmentMean": sorted_cases(_mean_ref) + [
        Case([np.array([-3, 0, 5], I32), np.array([0, 0, 1], I32)], lambda d, i: np.array([-1, 5], I32),
             name="int_truncates")],
    "UnsortedSegmentSum": unsorted_cases(_segment_ref(np.add, lambda d: 0), (F32, I32, I64)),
    "UnsortedSegmentProd": unsorted_cases(_segment_ref(np.multiply, lambda d: 1)),
    "UnsortedSegmentMax": unsorted_cases(_segment_ref(np.maximum, _finite_lowest)),
    "UnsortedSegmentMin": unsorted_cases(_segment_ref(np.minimum, _finite_highest), (F32, I64)),
}
