"""Kernel cases for the ops of tensorweave/ops/array_misc_ops.py (pad, split, unique, ...)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.tensor_shape import TensorShape

C64 = np.complex64


def _name(*parts):
    return "_".join(np.dtype(p).name if isinstance(p, type) else str(p) for p in parts)


def _list_diff(x, y, idx_dtype=I32):
    keep = [i for i, v in enumerate(x) if v not in set(y.tolist())]
    return [x[keep], np.array(keep, idx_dtype)]


def _mirror_index(n, before, after, mode):
    return np.pad(np.arange(n), (before, after), mode=mode.lower())


def _mirror_pad_grad(grad, paddings, mode):
    """Adjoint of MirrorPad: each padded cell adds into the cell it copies."""
    orig = [grad.shape[d] - int(paddings[d].sum()) for d in range(grad.ndim)]
    maps = [_mirror_index(orig[d], *[int(p) for p in paddings[d]], mode) for d in range(grad.ndim)]
    out = np.zeros(orig, grad.dtype)
    np.add.at(out, np.ix_(*maps), grad)
    return out


def _one_hot(indices, depth, on, off, axis=-1):
    depth = int(depth)
    hot = (indices[..., None] == np.arange(depth)) & (indices[..., None] >= 0)
    out = np.where(hot, on, off).astype(on.dtype)
    return np.moveaxis(out, -1, axis if axis >= 0 else out.ndim + axis)


def _unique(x, idx_dtype=I32, counts=False):
    seen = {}
    for v in x.tolist():
        seen.setdefault(v, len(seen))
    y = np.array(list(seen), x.dtype) if seen else np.zeros((0,), x.dtype)
    idx = np.array([seen[v] for v in x.tolist()], idx_dtype)
    if not counts:
        return [y, idx]
    return [y, idx, np.bincount(idx, minlength=len(y)).astype(idx_dtype)]


def _unique_slices(x, axis, counts=False, idx_dtype=I32):
    """UniqueV2's reference: the distinct slices of x along `axis`, in order of appearance."""
    if not np.asarray(axis).size:
        return _unique(x, idx_dtype, counts)
    a = int(np.reshape(axis, -1)[0]) % x.ndim
    slices = [np.take(x, i, axis=a) for i in range(x.shape[a])]
    keys = [tuple(s.reshape(-1).tolist()) for s in slices]
    first = {}
    for i, k in enumerate(keys):
        first.setdefault(k, i)
    order = sorted(first.values())
    pos = {keys[i]: n for n, i in enumerate(order)}
    y = np.take(x, order, axis=a) if order else np.take(x, [], axis=a)
    idx = np.array([pos[k] for k in keys], idx_dtype)
    if not counts:
        return [y, idx]
    return [y, idx, np.bincount(idx, minlength=len(order)).astype(idx_dtype)]


def _pad(x, p, **kw):
    return np.pad(x, p, **kw) if x.ndim else x.copy()


def _split_v(value, sizes, dim):
    sizes = [int(s) for s in sizes]
    dim = int(dim)
    if -1 in sizes:
        sizes[sizes.index(-1)] = value.shape[dim] - (sum(sizes) + 1)
    return np.split(value, np.cumsum(sizes)[:-1], axis=dim)


CASES = {
    "EnsureShape": [
        Case([arr(s, d)], lambda x: x, {"shape": TensorShape(t)}, name=_name(d, s, t))
        for d in (F32, I32, np.bool_)
        # NOTE: no unknown-rank `shape` here: as in TF, it only suits unknown-rank inputs
        for s, t in [((2, 3), [2, 3]), ((2, 3), [None, 3]), ((), []), ((0, 4), [0, None])]],
    "ListDiff": [
        Case([np.array(x, d), np.array(y, d)], _list_diff, name=_name(d, len(x), len(y)))
        for d in (I32, I64, F32)
        for x, y in [([1, 2, 3, 4, 5, 6], [1, 3, 5]), ([4, 4, 2, 7], [9]), ([], [1]),
                     ([3, 3], [3]), ([1, 2], [])]] + [
        Case([np.array([5, 1, 2, 5], I32), np.array([2], I32)],
             lambda x, y: _list_diff(x, y, I64), {"out_idx": np.int64}, name="int64_idx")],
    "MirrorPad": [
        *[Case([arr(s, d), np.array(p, I32)],
               lambda x, p, mode=mode: np.pad(x, p, mode=mode.lower()), {"mode": mode},
               const=(1,), name=_name(d, s, mode, p))
          for d in (F32, I32, C64) for mode in ("REFLECT", "SYMMETRIC")
          for s, p in [((4,), [[2, 1]]), ((3, 4), [[1, 2], [0, 3]]), ((2, 3, 2), [[1, 1], [2, 2],
                                                                                  [0, 1]])]],
        Case([arr((3, 3), F64), np.array([[1, 1], [2, 0]], I64)],
             lambda x, p: np.pad(x, p, mode="symmetric"), {"mode": "SYMMETRIC"},
             name="fed_paddings_int64"),
        Case([arr((0, 3)), np.array([[0, 0], [1, 2]], I32)],
             lambda x, p: np.pad(x, p, mode="symmetric"), {"mode": "SYMMETRIC"}, const=(1,),
             name="empty"),
    ],
    "MirrorPadGrad": [
        Case([arr(s, d), np.array(p, I32)],
             lambda g, p, mode=mode: _mirror_pad_grad(g, p, mode), {"mode": mode}, const=(1,),
             name=_name(d, s, mode, p), rtol=1e-5, atol=1e-5)
        for d in (F32, F64) for mode in ("REFLECT", "SYMMETRIC")
        for s, p in [((7,), [[2, 1]]), ((6, 8), [[1, 2], [0, 3]]), ((4, 7, 3), [[1, 1], [2, 2],
                                                                                [0, 1]])]],
    "OneHot": [
        *[Case([np.array(ix, it), np.array(depth, I32), np.array(on, d), np.array(off, d)],
               lambda i, n, on, off, axis=axis: _one_hot(i, n, on, off, axis), {"axis": axis},
               const=(1,), name=_name(d, it, np.shape(ix), depth, axis))
          for d, on, off in [(F32, 1.0, 0.0), (I32, 5, -1), (F64, 0.5, 2.0), (np.bool_, True, False)]
          for it in (I32, I64)
          for ix, depth, axis in [([0, 2, 1, 5, -1], 3, -1), ([[0, 1], [2, 0]], 3, 0),
                                  ([[0, 1], [2, 0]], 4, 1), (1, 4, -1), ([], 2, -1)]],
        Case([np.array([[1, 0], [3, 2]], I32), np.array(4, I32), np.array(1.0, F32),
              np.array(0.0, F32)], lambda i, n, on, off: _one_hot(i, n, on, off), name="fed_depth"),
    ],
    "Pad": [
        *[Case([arr(s, d), np.array(p, I32).reshape(-1, 2)], lambda x, p: _pad(x, p), const=(1,),
               name=_name(d, s, p))
          for d in (F32, I32, np.bool_, C64)
          for s, p in [((3,), [[1, 2]]), ((2, 3), [[0, 1], [2, 0]]), ((), []), ((0, 2), [[1, 1], [0, 0]]),
                       ((1, 2, 3), [[1, 0], [0, 0], [2, 2]])]],
        Case([arr((2, 3)), np.array([[1, 1], [0, 2]], I64)], lambda x, p: np.pad(x, p),
             name="fed_paddings_int64"),
    ],
    "PadV2": [
        *[Case([arr(s, d), np.array(p, I32), np.array(c, d)],
               lambda x, p, c: _pad(x, p, constant_values=c), const=(1,), name=_name(d, s, p))
          for d, c in [(F32, -1.5), (I32, 7), (F64, 3.0)]
          for s, p in [((3,), [[1, 2]]), ((2, 3), [[0, 1], [2, 0]]), ((0, 2), [[1, 1], [0, 0]]),
                       ((), np.zeros((0, 2), I32))]],
        Case([arr((2, 2)), np.array([[1, 0], [0, 1]], I32), np.array(9.0, F32)],
             lambda x, p, c: np.pad(x, p, constant_values=c), name="fed_paddings"),
    ],
    "Split": [
        *[Case([np.array(ax, I32), arr(s, d)],
               lambda ax, x, n=n: np.split(x, n, axis=int(ax)), {"num_split": n}, const=(0,),
               name=_name(d, s, ax, n))
          for d in (F32, I32, np.bool_)
          for s, ax, n in [((6,), 0, 3), ((2, 6), 1, 2), ((4, 3), -2, 4), ((2, 3), 0, 1),
                           ((0, 4), 1, 2), ((3, 0), 0, 3)]],
        Case([np.array(1, I32), arr((3, 4), F64)], lambda ax, x: np.split(x, 2, axis=1),
             {"num_split": 2}, name="fed_dim"),
    ],
    "SplitV": [
        *[Case([arr(s, d), np.array(sz, I32), np.array(ax, I32)], _split_v,
               {"num_split": len(sz)}, const=(1, 2), name=_name(d, s, sz, ax))
          for d in (F32, I64)
          for s, sz, ax in [((6,), [1, 2, 3], 0), ((2, 7), [3, -1], 1), ((5, 2), [0, 5], -2),
                            ((4,), [4], 0), ((0, 3), [1, 2], 1)]],
        Case([arr((3, 6)), np.array([2, 4], I64), np.array(1, I32)], _split_v, {"num_split": 2},
             name="fed_sizes_int64"),
        Case([arr((3, 6)), np.array([1, 5], I32), np.array(-1, I32)], _split_v, {"num_split": 2},
             const=(1,), name="fed_axis"),
    ],
    "Unique": [
        Case([np.array(x, d)], _unique, name=_name(d, len(x)))
        for d in (I32, I64, F32)
        for x in ([1, 1, 2, 4, 4, 4, 7, 8, 8], [3, 2, 1], [], [5], [2, 1, 2, 1])] + [
        Case([np.array([4, 1, 4], I32)], lambda x: _unique(x, I64), {"out_idx": np.int64},
             name="int64_idx")],
    "UniqueV2": [
        Case([x, np.array(ax, I32)], lambda x, ax: _unique_slices(x, ax),
             name="%s_axis%s" % (x.dtype.name, ax))
        for x, ax in [(np.array([3, 1, 3, 2, 1], I64), []), (np.array([3, 1, 3, 2], I32), [0]),
                      (np.array([[1, 2], [3, 4], [1, 2]], F32), [0]),
                      (np.array([[1, 2, 1], [3, 4, 3]], I32), [1]),
                      (np.array([[1, 2, 1], [3, 4, 3]], I32), [-1])]],
    "UniqueWithCountsV2": [
        Case([x, np.array(ax, I32)], lambda x, ax: _unique_slices(x, ax, True),
             name="%s_axis%s" % (x.dtype.name, ax))
        for x, ax in [(np.array([3, 1, 3, 2, 1], I32), []),
                      (np.array([[1, 2], [3, 4], [1, 2]], F32), [0]),
                      (np.array([[5, 2, 5], [3, 4, 3]], I64), [1])]],
    "UniqueWithCounts": [
        Case([np.array(x, d)], lambda x: _unique(x, counts=True), name=_name(d, len(x)))
        for d in (I32, I64, F32)
        for x in ([1, 1, 2, 4, 4, 4, 7, 8, 8], [3, 2, 1], [], [5])] + [
        Case([np.array([4, 1, 4], I32)], lambda x: _unique(x, I64, True), {"out_idx": np.int64},
             name="int64_idx")],
}
