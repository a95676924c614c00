"""Kernel cases for tensorweave/ops/math_extra_ops.py: EuclideanNorm, CumulativeLogsumexp,
Xlog1py, Cross, SparseMatMul and DenseBincount."""

import math

import numpy as np

from ._common import F32, F64, I32, I64, Case, arr, binary

C64 = np.complex64


def _norm_ref(keep):
    def ref(x, axes):
        flat = np.reshape(axes, [-1]).tolist()
        ax = tuple(sorted({a % x.ndim for a in flat})) if x.ndim else ()
        sq = (x.real.astype(np.float64) ** 2 + x.imag.astype(np.float64) ** 2) if x.dtype.kind == "c" \
            else x.astype(np.float64) ** 2
        return np.sqrt(np.sum(sq, axis=ax, keepdims=keep)).astype(x.dtype)
    return ref


def _norm_case(x, axes, keep=False, const=True, name=""):
    return Case([x, np.array(axes, I32)], _norm_ref(keep), {"keep_dims": keep}, const=(1,) if const else (),
                rtol=1e-5, name=name)


def _logcumsumexp_ref(exclusive, reverse):
    def ref(x, axis):
        axis = int(axis) % x.ndim
        y = np.flip(x, axis) if reverse else x
        moved = np.moveaxis(y, axis, -1).astype(np.float64)
        out = np.empty(moved.shape)
        for idx in np.ndindex(moved.shape[:-1]):
            row = moved[idx]
            for i in range(len(row)):
                part = row[:i] if exclusive else row[:i + 1]
                out[idx + (i,)] = -math.inf if len(part) == 0 else math.log(sum(math.exp(v) for v in part))
        out = np.moveaxis(out, -1, axis)
        return (np.flip(out, axis) if reverse else out).astype(x.dtype)
    return ref


def _cross_ref(a, b):
    a64, b64 = np.broadcast_arrays(a.astype(np.float64), b.astype(np.float64))
    out = np.stack([a64[..., 1] * b64[..., 2] - a64[..., 2] * b64[..., 1],
                    a64[..., 2] * b64[..., 0] - a64[..., 0] * b64[..., 2],
                    a64[..., 0] * b64[..., 1] - a64[..., 1] * b64[..., 0]], axis=-1)
    return out.astype(a.dtype)


def _sparse_matmul_ref(ta, tb):
    def ref(a, b):
        a = a.T if ta else a
        b = b.T if tb else b
        return np.array([[sum(float(a[i, k]) * float(b[k, j]) for k in range(a.shape[1]))
                          for j in range(b.shape[1])] for i in range(a.shape[0])], np.float64).reshape(
                              a.shape[0], b.shape[1]).astype(F32)
    return ref


def _bincount_ref(binary_output):
    def ref(x, size, w):
        size = int(size)
        rows = x.reshape(1, -1) if x.ndim == 1 else x
        ws = None if w.size == 0 else w.reshape(rows.shape)
        out = np.zeros((rows.shape[0], size), w.dtype)
        for r in range(rows.shape[0]):
            for j, v in enumerate(rows[r].tolist()):
                if v < size:
                    if binary_output:
                        out[r, v] = 1
                    else:
                        out[r, v] += 1 if ws is None else ws[r, j]
        return out if x.ndim == 2 else out[0]
    return ref


def _bincount_case(x, size, w, binary_output=False, const=True, name=""):
    return Case([x, np.array(size, x.dtype), w], _bincount_ref(binary_output), {"binary_output": binary_output},
                const=(1,) if const else (), name=name)


CASES = {
    "EuclideanNorm": [
        _norm_case(arr((2, 3, 4)), [1], name="float32"),
        _norm_case(arr((2, 3), F64), [0, -1], True, name="float64_all_keep"),
        _norm_case(arr((3,), F32), -1, name="scalar_axis"),
        _norm_case(np.array([[3, 4], [1, 1]], I32), [1], name="int_truncates"),
        _norm_case(np.array([[3 + 4j, 1j]], C64), [1], name="complex"),
        _norm_case(np.zeros((0, 3), F32), [0], name="empty"),
        _norm_case(arr((), F32), [], name="scalar"),
        _norm_case(arr((2, 5)), [1], True, const=False, name="fed_axes"),
    ],
    "CumulativeLogsumexp": [
        Case([arr(shape, d), np.array(axis, I32)], _logcumsumexp_ref(ex, rev), {"exclusive": ex, "reverse": rev},
             const=(1,) if i else (), rtol=1e-5, atol=1e-6,
             name="%s%s_axis%d_ex%d_rev%d" % (np.dtype(d).name, shape, axis, ex, rev))
        for i, (shape, axis, d, ex, rev) in enumerate([
            ((2, 3), 1, F32, False, False), ((3, 4), 0, F64, True, False), ((5,), -1, F32, False, True),
            ((2, 3), -1, F64, True, True), ((0, 2), 1, F32, False, False)])
    ],
    "Xlog1py": binary(lambda x, y: np.where(x == 0, 0, x * np.log(1.0 + y.astype(np.float64))), dtypes=(F32, F64),
                      make=lambda s, d: arr(s, d, -0.5, 2.0), rtol=1e-5) + [
        Case([np.array([0.0, 0.0, 2.0], F32), np.array([-1.0, np.nan, math.e - 1], F32)],
             lambda x, y: np.array([0.0, 0.0, 2.0], F32), rtol=1e-6, name="zero_x"),
        Case([np.array([1 + 1j, 0], C64), np.array([1j, -1], C64)],
             lambda x, y: np.array([(1 + 1j) * np.log(1 + 1j), 0], C64), rtol=1e-5, name="complex")],
    "Cross": [
        Case([arr(s, d), arr(s, d)], _cross_ref, rtol=1e-5, name="%s%s" % (np.dtype(d).name, s))
        for d, s in [(F32, (3,)), (F64, (2, 3)), (I32, (4, 3)), (I64, (2, 2, 3)), (F32, (0, 3))]
    ],
    "SparseMatMul": [
        Case([arr(sa), arr(sb)], _sparse_matmul_ref(ta, tb), {"transpose_a": ta, "transpose_b": tb,
                                                              "a_is_sparse": sp, "b_is_sparse": sp},
             rtol=1e-5, atol=1e-5, name="%s%s_ta%d_tb%d" % (sa, sb, ta, tb))
        for sa, sb, ta, tb, sp in [((2, 3), (3, 4), False, False, False), ((3, 2), (3, 4), True, False, True),
                                   ((2, 3), (4, 3), False, True, False), ((3, 2), (4, 3), True, True, True),
                                   ((0, 3), (3, 2), False, False, False), ((2, 0), (0, 2), False, False, False)]
    ],
    "DenseBincount": [
        _bincount_case(np.array([1, 1, 3, 7], I32), 5, np.zeros((0,), F32), name="counts_drop_out_of_range"),
        _bincount_case(np.array([1, 1, 3], I64), 4, np.array([2.0, 3.0, 4.0], F64), name="weights"),
        _bincount_case(np.array([1, 1, 3], I32), 4, np.array([2, 3, 4], I32), True, name="binary_ignores_weights"),
        _bincount_case(np.array([[1, 1, 5], [0, 2, 2]], I32), 4, np.zeros((0,), F32), name="2d"),
        _bincount_case(np.array([[1, 2], [0, 0]], I64), 3, np.array([[1, 2], [3, 4]], I64), name="2d_weights"),
        _bincount_case(np.zeros((0,), I32), 3, np.zeros((0,), F32), name="empty_input"),
        _bincount_case(np.array([0, 2, 2], I32), 3, np.zeros((0,), I32), const=False, name="fed_size"),
    ],
}
