"""Kernel cases for the ops of tensorweave/ops/array_ops.py (shapes, concat, transpose, ...)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

C64 = np.complex64
DTYPES = (F32, F64, I32, I64, np.bool_)


def _name(d, *shapes):
    return np.dtype(d).name + "".join(str(s) for s in shapes)


def _concat_offset(dim, shapes):
    offsets, run = [], 0
    for s in shapes:
        o = np.zeros_like(s)
        o[dim % len(s)] = run
        run += s[dim % len(s)]
        offsets.append(o)
    return offsets


CASES = {
    "ConcatOffset": [
        Case([np.array(1, I32), [np.array([2, 3, 5], I32), np.array([2, 7, 5], I32),
                                 np.array([2, 0, 5], I32)]], _concat_offset, name="dim1"),
        Case([np.array(-1, I32), [np.array([2, 3], I32), np.array([2, 4], I32)]],
             _concat_offset, name="dim_neg"),
        Case([np.array(0, I32), [np.array([4], I64), np.array([1], I64)]], _concat_offset,
             name="int64"),
    ],
    "ConcatV2": [
        *[Case([[arr((2, 3), d), arr((2, 1), d), arr((2, 0), d)], np.array(ax, I32)],
               lambda vs, ax: np.concatenate(vs, axis=int(ax)), const=(1,), name=_name(d, ax))
          for d in DTYPES for ax in (1, -1)],
        Case([[arr((2, 3)), arr((4, 3))], np.array(0, I64)],
             lambda vs, ax: np.concatenate(vs, axis=0), name="fed_axis_int64"),
        Case([[arr((1, 2, 3), C64), arr((1, 2, 3), C64), arr((1, 2, 3), C64)], np.array(-2, I32)],
             lambda vs, ax: np.concatenate(vs, axis=-2), const=(1,), name="complex_three"),
        Case([[arr((0, 3)), arr((0, 3))], np.array(0, I32)],
             lambda vs, ax: np.concatenate(vs, axis=0), const=(1,), name="all_empty"),
    ],
    "ConjugateTranspose": [
        Case([arr((2, 3, 4), C64), np.array([2, 0, 1], I32)],
             lambda x, p: np.conj(np.transpose(x, p)), const=(1,), name="complex64"),
        Case([arr((2, 3), np.complex128), np.array([1, 0], I64)],
             lambda x, p: np.conj(np.transpose(x, p)), name="complex128_fed_perm"),
        Case([arr((2, 3), F32), np.array([1, 0], I32)], lambda x, p: x.T, const=(1,), name="real"),
    ],
    "ExpandDims": [
        *[Case([arr(s, d), np.array(ax, I32)], lambda x, ax: np.expand_dims(x, int(ax)),
               const=(1,), name=_name(d, s, ax))
          for d in (F32, I32, np.bool_) for s, ax in [((), 0), ((3,), -1), ((2, 3), 1),
                                                      ((2, 0), -3)]],
        Case([arr((2, 3)), np.array([2], I64)], lambda x, ax: np.expand_dims(x, 2),
             name="fed_dim"),
    ],
    "InvertPermutation": [
        Case([np.array(p, d)], lambda x: np.argsort(x).astype(x.dtype), name=_name(d, len(p)))
        for d in (I32, I64) for p in ([2, 0, 1, 3], [0], [], [4, 3, 2, 1, 0])],
    "Pack": [
        *[Case([[arr(s, d) for _ in range(n)]], lambda vs, ax=ax: np.stack(vs, axis=ax),
               {"axis": ax}, name=_name(d, s, n, ax))
          for d in (F32, I32, np.bool_)
          for s, n, ax in [((), 3, 0), ((2, 3), 2, 0), ((2, 3), 2, 2), ((2, 3), 4, -1),
                           ((2, 0), 2, 1), ((3,), 1, -2)]],
    ],
    "Rank": [Case([arr(s, d)], lambda x: np.array(x.ndim, I32), name=_name(d, s))
             for d in (F32, I64) for s in [(), (3,), (2, 0, 4)]],
    "Reshape": [
        *[Case([arr(s, d), np.array(t, I32)], lambda x, t: x.reshape(t), const=(1,),
               name=_name(d, s, t))
          for d in (F32, I32, np.bool_)
          for s, t in [((2, 3), [3, 2]), ((2, 3), [-1]), ((6,), [2, -1]), ((), [1, 1]),
                       ((4,), [2, 2, 1]), ((0, 3), [3, 0]), ((0, 3), [-1, 3])]],
        Case([arr((2, 3, 4)), np.array([4, -1], I64)], lambda x, t: x.reshape(t),
             name="fed_shape_int64"),
        Case([arr((5,)), np.array([5], I32)], lambda x, t: x.reshape(t), name="fed_same"),
    ],
    "Shape": [
        *[Case([arr(s, d)], lambda x: np.array(x.shape, I32), name=_name(d, s))
          for d in (F32, np.bool_) for s in [(), (3,), (2, 0, 4)]],
        Case([arr((2, 5))], lambda x: np.array(x.shape, I64), {"out_type": np.int64},
             name="int64"),
    ],
    "ShapeN": [
        Case([[arr((2, 3)), arr(()), arr((0, 4, 1))]],
             lambda xs: [np.array(x.shape, I32) for x in xs], name="three"),
        Case([[arr((5,), I32)]], lambda xs: [np.array(x.shape, I64) for x in xs],
             {"out_type": np.int64}, name="int64"),
    ],
    "Size": [
        *[Case([arr(s, d)], lambda x: np.array(x.size, I32), name=_name(d, s))
          for d in (F32, I32) for s in [(), (3,), (2, 0, 4), (2, 3)]],
        Case([arr((2, 5))], lambda x: np.array(x.size, I64), {"out_type": np.int64},
             name="int64"),
    ],
    "Squeeze": [
        Case([arr(s)], lambda x, dims=dims: np.squeeze(x, axis=tuple(dims) or None),
             {"squeeze_dims": dims}, name="%s%s" % (s, dims))
        for s, dims in [((1, 3, 1), []), ((1, 3, 1), [0]), ((1, 3, 1), [-1]), ((2, 1, 1), [1, 2]),
                        ((1,), []), ((0, 1), [1]), ((3,), [])]],
    "StopGradient": [Case([arr(s, d)], lambda x: x, name=_name(d, s))
                     for d in DTYPES for s in [(), (2, 3), (0,)]],
    "Transpose": [
        *[Case([arr(s, d), np.array(p, I32)], lambda x, p: np.transpose(x, p), const=(1,),
               name=_name(d, s, p))
          for d in (F32, I32, np.bool_, C64)
          for s, p in [((2, 3), [1, 0]), ((2, 3, 4), [2, 0, 1]), ((), []), ((2, 0, 3), [1, 2, 0]),
                       ((3,), [0])]],
        Case([arr((2, 3, 4)), np.array([0, 2, 1], I64)], lambda x, p: np.transpose(x, p),
             name="fed_perm_int64"),
    ],
    "Unpack": [
        Case([arr(s, d)], lambda x, ax=ax: [np.take(x, i, axis=ax) for i in range(x.shape[ax])],
             {"num": s[ax], "axis": ax}, name=_name(d, s, ax))
        for d in (F32, I32, np.bool_)
        for s, ax in [((3,), 0), ((2, 3), 0), ((2, 3), 1), ((2, 3, 4), -1), ((2, 0), 0),
                      ((1, 4), -2)]],
}
