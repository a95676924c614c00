"""Kernel cases for tensorweave/ops/data_flow_ops.py and tensorweave/ops/array_extra_ops.py."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr


def _partition(data, parts, n):
    rows = data.reshape((parts.size,) + data.shape[parts.ndim:])
    flat = parts.reshape(-1)
    return [rows[flat == k] for k in range(n)]


def _stitch(idx, dat):
    inner = dat[0].shape[idx[0].ndim:]
    size = max([int(i.max()) + 1 for i in idx if i.size] or [0])
    out = np.zeros((size,) + inner, dat[0].dtype)
    for i, d in zip(idx, dat):
        for pos, target in enumerate(i.reshape(-1).tolist()):
            out[target] = d.reshape((i.size,) + inner)[pos]
    return out


def _s2d(x, b):
    n, h, w, c = x.shape
    out = np.zeros((n, h // b, w // b, c * b * b), x.dtype)
    for i in range(h):
        for j in range(w):
            out[:, i // b, j // b, ((i % b) * b + (j % b)) * c:((i % b) * b + (j % b) + 1) * c] = x[:, i, j]
    return out


def _d2s(x, b):
    n, h, w, c = x.shape
    c2 = c // (b * b)
    out = np.zeros((n, h * b, w * b, c2), x.dtype)
    for i in range(h * b):
        for j in range(w * b):
            k = (i % b) * b + (j % b)
            out[:, i, j] = x[:, i // b, j // b, k * c2:(k + 1) * c2]
    return out


def _hist(values, value_range, nbins, dtype=I32):
    lo, hi = (float(v) for v in value_range)
    n = int(nbins)
    counts = np.zeros(n, dtype)
    for v in values.reshape(-1).tolist():
        k = int((v - lo) // ((hi - lo) / n)) if v >= lo else 0
        counts[min(max(k, 0), n - 1)] += 1
    return counts


def _bound(side, out=I32):
    def ref(s, v):
        return np.stack([np.searchsorted(s[r], v[r], side=side) for r in range(v.shape[0])]).astype(out) \
            if v.shape[0] else np.zeros(v.shape, out)
    return ref


_PARTS = [(arr((6,), F32), np.array([0, 2, 1, 0, 2, 2], I32), 3),
          (arr((2, 3, 2), F64), np.array([[1, 0, 1], [0, 0, 1]], I32), 2),
          (arr((4,), I32), np.array([1, 1, 1, 1], I32), 3),
          (arr((0, 2), F32), np.zeros((0,), I32), 2),
          (arr((3,), F32), np.array([0, 0, 0], I32), 1)]

CASES = {
    "DynamicPartition": [
        Case([d, p], lambda d, p, n=n: _partition(d, p, n), {"num_partitions": n}, name="%s_%d" % (d.shape, n))
        for d, p, n in _PARTS],
    "DynamicStitch": [
        Case([[np.array([0, 2], I32), np.array([1, 3], I32)], [arr((2,), F32), arr((2,), F32)]],
             _stitch, name="1d"),
        Case([[np.array([[0, 2], [1, 1]], I32), np.array([4], I32)], [arr((2, 2, 3), F64), arr((1, 3), F64)]],
             _stitch, name="2d_gap_dup"),
        Case([[np.array([3, 0], I32)], [arr((2,), I64)]], _stitch, name="one_list"),
    ],
    "ParallelDynamicStitch": [
        Case([[np.array([0, 2], I32), np.array([1, 3], I32)], [arr((2, 2), F32), arr((2, 2), F32)]],
             _stitch, name="2lists"),
    ],
    "Roll": [
        Case([arr((5,), F32), np.array(2, I32), np.array(0, I32)],
             lambda x, s, a: np.roll(x, 2, 0), name="scalar"),
        Case([arr((2, 3, 4), F64), np.array([1, -5], I64), np.array([0, 2], I64)],
             lambda x, s, a: np.roll(x, [1, -5], [0, 2]), name="two_axes"),
        Case([arr((3, 4), I32), np.array([1, 2], I32), np.array([-1, -1], I32)],
             lambda x, s, a: np.roll(x, 3, 1), name="repeated_neg_axis"),
        Case([arr((0, 3), F32), np.array(1, I32), np.array(1, I32)],
             lambda x, s, a: x.copy(), name="empty"),
    ],
    "LowerBound": [
        Case([np.sort(arr((2, 5), F32), axis=1), arr((2, 4), F32)], _bound("left"), name="f32"),
        Case([np.array([[1, 2, 2, 3]], I32), np.array([[2, 0, 9]], I32)], _bound("left", I64),
             {"out_type": np.int64}, name="i32_to_i64"),
    ],
    "UpperBound": [
        Case([np.sort(arr((3, 4), F64), axis=1), arr((3, 2), F64)], _bound("right"), name="f64"),
        Case([np.array([[1, 2, 2, 3]], I32), np.array([[2, 0, 9]], I32)], _bound("right"), name="ties"),
    ],
    "SpaceToDepth": [
        Case([arr((2, 4, 6, 3), F32)], lambda x: _s2d(x, 2), {"block_size": 2}, name="b2"),
        Case([arr((1, 3, 3, 1), I32)], lambda x: _s2d(x, 3), {"block_size": 3}, name="b3"),
        Case([arr((1, 2, 4, 4), F64)],
             lambda x: _s2d(x.transpose(0, 2, 3, 1), 2).transpose(0, 3, 1, 2),
             {"block_size": 2, "data_format": "NCHW"}, name="nchw"),
    ],
    "DepthToSpace": [
        Case([arr((2, 2, 3, 8), F32)], lambda x: _d2s(x, 2), {"block_size": 2}, name="b2"),
        Case([arr((1, 1, 2, 9), I64)], lambda x: _d2s(x, 3), {"block_size": 3}, name="b3"),
        Case([arr((1, 8, 2, 2), F64)],
             lambda x: _d2s(x.transpose(0, 2, 3, 1), 2).transpose(0, 3, 1, 2),
             {"block_size": 2, "data_format": "NCHW"}, name="nchw"),
    ],
    "HistogramFixedWidth": [
        Case([np.array([-1., 0, 1.5, 2, 5, 15], F32), np.array([0., 5.], F32), np.array(5, I32)],
             _hist, const=(2,), name="f32_outliers"),
        Case([arr((3, 4), F64, -3, 3), np.array([-1., 1.], F64), np.array(7, I32)],
             lambda v, r, n: _hist(v, r, n, I64), {"dtype": np.int64}, const=(2,), name="f64_int64"),
        Case([np.array([1, 2, 3, 7], I32), np.array([0, 4], I32), np.array(2, I32)],
             _hist, const=(2,), name="int32"),
    ],
}
