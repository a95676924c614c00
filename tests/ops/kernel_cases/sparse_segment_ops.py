"""Sparse segment reductions and their gradient ops (tensorweave/ops/sparse_segment_ops.py)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr


def _reduce(kind, num_segments=None):
    """NumPy reference: a Python loop over the (index, segment) pairs."""
    def ref(data, indices, segment_ids, *rest):
        n = num_segments
        if n is None:
            n = int(segment_ids[-1]) + 1 if len(segment_ids) else 0
        out = np.zeros((n,) + data.shape[1:], np.float64)
        counts = np.zeros(n)
        for i, s in zip(indices.tolist(), segment_ids.tolist()):
            out[s] += data[i]
            counts[s] += 1
        c = np.maximum(counts, 1).reshape((-1,) + (1,) * (data.ndim - 1))
        if kind == "Mean":
            out = out / c
        elif kind == "SqrtN":
            out = out / np.sqrt(c)
        return out.astype(data.dtype)
    return ref


def _grad_ref(kind):
    def ref(grad, indices, segment_ids, output_dim0):
        counts = np.bincount(segment_ids) if len(segment_ids) else np.zeros(0)
        out = np.zeros((int(output_dim0),) + grad.shape[1:], np.float64)
        for i, s in zip(indices.tolist(), segment_ids.tolist()):
            scale = {"Sum": 1.0, "Mean": 1.0 / counts[s], "SqrtN": 1.0 / np.sqrt(counts[s])}[kind]
            out[i] += grad[s] * scale
        return out.astype(grad.dtype)
    return ref


# (label, data shape, indices, segment_ids): repeated rows, an empty segment, 1-D and 3-D data.
INPUTS = [
    ("matrix", (5, 3), np.array([0, 2, 2, 4], I32), np.array([0, 0, 2, 3], I32)),
    ("vector_i64", (4,), np.array([3, 1], I64), np.array([1, 1], I64)),
    ("rank3", (3, 2, 2), np.array([2, 0, 1], I32), np.array([0, 1, 1], I32)),
    ("empty", (3, 2), np.zeros((0,), I32), np.zeros((0,), I32)),
]


def _cases(kind, dtypes_):
    cases = []
    for d in dtypes_:
        for label, shape, idx, seg in INPUTS:
            cases.append(Case([arr(shape, d, -5, 5), idx, seg], _reduce(kind), rtol=1e-5,
                              name="%s_%s" % (np.dtype(d).name, label)))
    return cases


def _num_cases(kind, dtypes_):
    cases = []
    for d in dtypes_:
        for label, shape, idx, seg in INPUTS:
            n = (int(seg[-1]) + 2) if len(seg) else 2
            cases.append(Case([arr(shape, d, -5, 5), idx, seg, np.array(n, I32)], _reduce(kind, n),
                              const=(3,), rtol=1e-5, name="%s_%s" % (np.dtype(d).name, label)))
    return cases


def _grad_cases(kind):
    return [
        Case([arr((4, 3)), np.array([0, 2, 2, 4], I32), np.array([0, 0, 2, 3], I32), np.array(5, I32)],
             _grad_ref(kind), const=(3,), rtol=1e-5, name="float32"),
        Case([arr((2,), F64), np.array([1, 1, 0], I64), np.array([0, 1, 1], I32), np.array(3, I32)],
             _grad_ref(kind), const=(3,), rtol=1e-5, name="float64_vector"),
    ]


CASES = {
    "SparseSegmentSum": _cases("Sum", (F32, F64, I32)),
    "SparseSegmentMean": _cases("Mean", (F32, F64)),
    "SparseSegmentSqrtN": _cases("SqrtN", (F32, F64)),
    "SparseSegmentSumWithNumSegments": _num_cases("Sum", (F32, I64)),
    "SparseSegmentMeanWithNumSegments": _num_cases("Mean", (F32,)),
    "SparseSegmentSqrtNWithNumSegments": _num_cases("SqrtN", (F64,)),
    "SparseSegmentSumGrad": _grad_cases("Sum"),
    "SparseSegmentMeanGrad": _grad_cases("Mean"),
    "SparseSegmentSqrtNGrad": _grad_cases("SqrtN"),
}
