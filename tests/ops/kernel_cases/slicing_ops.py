"""Kernel cases for the ops of tensorweave/ops/slicing_ops.py (gather, scatter, slices)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

C64 = np.complex64


def _name(*parts):
    return "_".join(np.dtype(p).name if isinstance(p, type) else str(p) for p in parts)


def _gather_nd(params, indices):
    idx = np.asarray(indices)
    depth = idx.shape[-1]
    rows = idx.reshape(-1, depth) if depth else [()] * int(np.prod(idx.shape[:-1]))
    out = [params[tuple(r)] for r in rows]
    tail = params.shape[depth:]
    return np.array(out, params.dtype).reshape(idx.shape[:-1] + tail)


def _gather(params, indices, axis, batch_dims=0):
    axis = int(axis) % params.ndim
    if batch_dims == 0:
        return np.take(params, indices, axis=axis)
    return np.stack([_gather(p, i, axis - 1, batch_dims - 1) for p, i in zip(params, indices)])


def _reverse_sequence(x, lengths, seq_dim, batch_dim):
    out = x.copy()
    for b, n in enumerate(lengths):
        sl = [slice(None)] * x.ndim
        sl[batch_dim] = b
        sl[seq_dim] = slice(0, int(n))
        src = x[tuple(sl)]
        out[tuple(sl)] = np.flip(src, axis=seq_dim - (1 if batch_dim < seq_dim else 0))
    return out


def _scatter_nd(indices, updates, shape, base=None, mode="add"):
    out = np.zeros(tuple(shape), updates.dtype) if base is None else base.copy()
    depth = indices.shape[-1]
    rows = indices.reshape(-1, depth)
    ups = updates.reshape((rows.shape[0],) + out.shape[depth:])
    for r, u in zip(rows, ups):
        if mode == "add":
            out[tuple(r)] += u
        elif mode == "sub":
            out[tuple(r)] -= u
        else:
            out[tuple(r)] = u
    return out


def _slice(x, begin, size):
    idx = tuple(slice(int(b), x.shape[i] if int(s) == -1 else int(b) + int(s))
                for i, (b, s) in enumerate(zip(begin, size)))
    return x[idx]


# StridedSlice cases: (input shape, begin, end, strides, attrs, numpy index)
STRIDED = [
    ((5,), [1], [4], [1], {}, np.s_[1:4]),
    ((5,), [4], [0], [-1], {}, np.s_[4:0:-1]),
    ((5,), [-2], [5], [1], {}, np.s_[-2:5]),
    ((4, 6), [1, 0], [3, 6], [1, 2], {}, np.s_[1:3, 0:6:2]),
    ((4, 6), [0, 1], [0, 5], [1, 1], {"begin_mask": 1, "end_mask": 1}, np.s_[:, 1:5]),
    ((4, 6), [2, 0], [3, 0], [1, 1], {"shrink_axis_mask": 1, "end_mask": 2}, np.s_[2, :]),
    ((4, 6), [0, -1], [0, 0], [1, 1], {"begin_mask": 1, "end_mask": 1, "shrink_axis_mask": 2},
     np.s_[:, -1]),
    ((2, 3, 4), [0, 1], [0, 3], [1, 1], {"ellipsis_mask": 1}, np.s_[..., 1:3]),
    ((2, 3), [0, 0, 0], [0, 0, 2], [1, 1, 1], {"new_axis_mask": 2, "begin_mask": 1,
                                               "end_mask": 1}, np.s_[:, None, 0:2]),
    ((3, 4), [0, 0], [0, 0], [-1, 1], {"begin_mask": 3, "end_mask": 3}, np.s_[::-1, :]),
    ((0, 4), [0, 1], [0, 3], [1, 1], {"begin_mask": 1, "end_mask": 1}, np.s_[:, 1:3]),
    ((3, 4), [5, 0], [9, 4], [1, 1], {}, np.s_[5:9, 0:4]),
    ((), [], [], [], {}, np.s_[()]),
]


def _strided(index):
    return lambda x, b, e, s: np.array(x[index])


def _strided_grad(index):
    def ref(shape, b, e, s, dy):
        out = np.zeros(tuple(shape), dy.dtype)
        out[index] = dy
        return out
    return ref


CASES = {
    "GatherNd": [
        *[Case([arr(ps, d), np.array(ix, it)], _gather_nd, name=_name(d, it, ps, np.shape(ix)))
          for d in (F32, I32, np.bool_) for it in (I32, I64)
          for ps, ix in [((3, 4), [[1, 2], [0, 0], [2, 3]]), ((3, 4), [[2], [0]]),
                         ((2, 3, 4), [[[0, 1]], [[1, 2]]]), ((3, 4), np.zeros((0, 2), np.int64)),
                         ((3,), [[0], [2], [2]]), ((3, 4), np.zeros((2, 0), np.int64))]],
    ],
    "GatherV2": [
        *[Case([arr(ps, d), np.array(ix, it), np.array(ax, I32)],
               lambda p, i, a: _gather(p, i, a), const=(2,), name=_name(d, it, ps, np.shape(ix), ax))
          for d in (F32, I64, np.bool_, C64) for it in (I32, I64)
          for ps, ix, ax in [((5,), [0, 4, 2, 2], 0), ((3, 4), [[1, 0], [2, 2]], 0),
                             ((3, 4), [3, 1], 1), ((2, 3, 4), [0, 3], -1), ((3, 4), [], 0),
                             ((3, 4), 2, 1)]],
        Case([arr((4, 3, 5)), np.array([[0, 2], [1, 1], [2, 0], [0, 0]], I32), np.array(1, I32)],
             lambda p, i, a: _gather(p, i, 1, 1), {"batch_dims": 1}, const=(2,), name="batch_dims1"),
        Case([arr((3, 4)), np.array([1, 0], I32), np.array(1, I64)], _gather, name="fed_axis"),
    ],
    "ReverseSequence": [
        Case([arr(s, d), np.array(n, li)], lambda x, n, sd=sd, bd=bd: _reverse_sequence(x, n, sd, bd),
             {"seq_dim": sd, "batch_dim": bd}, name=_name(d, li, s, sd, bd))
        for d in (F32, I32) for li in (I32, I64)
        for s, n, sd, bd in [((3, 5), [1, 5, 3], 1, 0), ((4, 2, 3), [4, 0], 0, 1),
                             ((2, 4, 3), [2, 4], 1, 0), ((2, 3, 4), [1, 3, 0], 2, 1)]],
    "ReverseV2": [
        *[Case([arr(s, d), np.array(ax, I32)],
               lambda x, a: np.flip(x, axis=tuple(int(v) for v in a)) if len(a) else x.copy(),
               const=(1,), name=_name(d, s, ax))
          for d in (F32, I32, np.bool_, C64)
          for s, ax in [((5,), [0]), ((2, 3), [1]), ((2, 3, 4), [0, -1]), ((2, 3), []),
                        ((0, 3), [1]), ((), [])]],
        Case([arr((2, 3)), np.array([0], I64)], lambda x, a: np.flip(x, 0), name="fed_axis"),
    ],
    "ScatterNd": [
        *[Case([np.array(ix, it), arr(us, d), np.array(sh, it)],
               lambda i, u, s: _scatter_nd(i, u, s), const=(2,), name=_name(d, it, sh, np.shape(ix)))
          for d in (F32, F64, I32) for it in (I32, I64)
          for ix, us, sh in [([[1], [3], [1]], (3,), [5]), ([[0, 1], [2, 2]], (2,), [3, 4]),
                             ([[2], [0]], (2, 4), [3, 4]), (np.zeros((0, 1), int), (0, 4), [3, 4]),
                             ([[[1]], [[1]]], (2, 1, 3), [2, 3])]],
        Case([np.array([[1], [0]], I32), arr((2, 3)), np.array([4, 3], I32)],
             lambda i, u, s: _scatter_nd(i, u, s), name="fed_shape"),
    ],
    "Slice": [
        *[Case([arr(s, d), np.array(b, it), np.array(z, it)], _slice, const=(1, 2),
               name=_name(d, it, s, b, z))
          for d in (F32, I32, np.bool_) for it in (I32, I64)
          for s, b, z in [((5,), [1], [3]), ((3, 4), [1, 0], [2, -1]), ((3, 4), [0, 2], [0, 2]),
                          ((2, 3, 4), [1, 1, 1], [1, 2, 3]), ((), [], [])]],
        Case([arr((4, 5)), np.array([1, 2], I32), np.array([2, 3], I32)], _slice, name="fed"),
        Case([arr((4, 5)), np.array([1, 2], I32), np.array([-1, 3], I32)], _slice, const=(2,),
             name="fed_begin"),
    ],
    "StridedSlice": [
        *[Case([arr(s, d), np.array(b, it), np.array(e, it), np.array(st, it)], _strided(ix),
               attrs, const=(1, 2, 3), name=_name(d, it, k))
          for k, (s, b, e, st, attrs, ix) in enumerate(STRIDED)
          for d in (F32, I32) for it in (I32, I64)],
        *[Case([arr(s), np.array(b, I32), np.array(e, I32), np.array(st, I32)], _strided(ix),
               attrs, const=(3,), name="fed_bounds_%d" % k)
          for k, (s, b, e, st, attrs, ix) in enumerate(STRIDED[:8])],
    ],
    "StridedSliceGrad": [
        Case([np.array(s, it), np.array(b, it), np.array(e, it), np.array(st, it),
              np.zeros(s, d)[ix] + arr(np.zeros(s)[ix].shape, d)], _strided_grad(ix), attrs,
             const=(0, 1, 2, 3), name=_name(d, it, k))
        for k, (s, b, e, st, attrs, ix) in enumerate(STRIDED)
        for d in (F32, F64) for it in (I32, I64)] + [
        Case([np.array(s, I32), np.array(b, I32), np.array(e, I32), np.array(st, I32),
              arr(np.zeros(s)[ix].shape)], _strided_grad(ix), attrs, name="fed_%d" % k)
        for k, (s, b, e, st, attrs, ix) in enumerate(STRIDED[:6])],
    "TensorScatterAdd": [
        Case([arr(ts, d), np.array(ix, it), arr(us, d)],
             lambda t, i, u: _scatter_nd(i, u, t.shape, t, "add"), name=_name(d, it, ts, np.shape(ix)))
        for d in (F32, I32) for it in (I32, I64)
        for ts, ix, us in [((5,), [[1], [3], [1]], (3,)), ((3, 4), [[0, 1], [2, 2]], (2,)),
                           ((3, 4), [[2], [0]], (2, 4)), ((3, 4), np.zeros((0, 1), int), (0, 4))]],
    "TensorScatterSub": [
        Case([arr(ts, d), np.array(ix, it), arr(us, d)],
             lambda t, i, u: _scatter_nd(i, u, t.shape, t, "sub"), name=_name(d, it, ts, np.shape(ix)))
        for d in (F32, I32) for it in (I32, I64)
        for ts, ix, us in [((5,), [[1], [3], [1]], (3,)), ((3, 4), [[0, 1], [2, 2]], (2,)),
                           ((3, 4), [[2], [0]], (2, 4))]],
    "TensorScatterUpdate": [
        Case([arr(ts, d), np.array(ix, it), arr(us, d)],
             lambda t, i, u: _scatter_nd(i, u, t.shape, t, "set"), name=_name(d, it, ts, np.shape(ix)))
        for d in (F32, I32, np.bool_) for it in (I32, I64)
        for ts, ix, us in [((5,), [[1], [3]], (2,)), ((3, 4), [[0, 1], [2, 2]], (2,)),
                           ((3, 4), [[2], [0]], (2, 4)), ((3, 4), np.zeros((0, 1), int), (0, 4))]],
}
