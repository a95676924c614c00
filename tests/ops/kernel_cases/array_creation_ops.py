"""Kernel cases for the ops of tensorweave/ops/array_creation_ops.py (fill, range, tile, ...)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

C64 = np.complex64
DTYPES = (F32, F64, I32, I64, np.bool_, C64)


def _name(*parts):
    return "_".join(np.dtype(p).name if isinstance(p, type) else str(p) for p in parts)


def _broadcast_shape(a, b):
    return np.array(np.broadcast_shapes(tuple(a), tuple(b)), a.dtype)


def _linspace(start, stop, num):
    return np.linspace(start.astype(np.float64), stop, int(num)).astype(start.dtype)


def _range(start, limit, delta):
    return np.arange(start, limit, delta).astype(start.dtype)


CASES = {
    "BroadcastArgs": [
        Case([np.array(a, d), np.array(b, d)], _broadcast_shape, name=_name(d, a, b))
        for d in (I32, I64)
        for a, b in [([2, 3], [3]), ([4, 1, 3], [2, 1]), ([], [5]), ([0, 3], [1]), ([2], [2])]],
    "BroadcastTo": [
        *[Case([arr(s, d), np.array(t, I32)], lambda x, t: np.broadcast_to(x, tuple(t)).copy(),
               const=(1,), name=_name(d, s, t))
          for d in (F32, I32, np.bool_)
          for s, t in [((3,), [2, 3]), ((), [2, 2]), ((2, 1), [2, 4]), ((1,), [0, 1]),
                       ((2, 3), [2, 3]), ((1, 3), [4, 2, 3])]],
        Case([arr((3, 1), F64), np.array([2, 3, 4], I64)],
             lambda x, t: np.broadcast_to(x, tuple(t)).copy(), name="fed_shape_int64"),
    ],
    "Fill": [
        *[Case([np.array(s, I32), arr((), d)], lambda s, v: np.full(tuple(s), v, v.dtype),
               const=(0,), name=_name(d, s))
          for d in DTYPES for s in [[2, 3], [], [0, 4], [5]]],
        Case([np.array([3, 2], I64), np.array(7, I64)], lambda s, v: np.full((3, 2), 7, I64),
             name="fed_dims_int64"),
    ],
    "LinSpace": [
        *[Case([np.array(a, d), np.array(b, d), np.array(n, I32)], _linspace, const=(2,),
               name=_name(d, a, b, n), rtol=1e-5, atol=1e-5)
          for d in (F32, F64) for a, b, n in [(0.0, 1.0, 5), (-3.0, 7.5, 11), (2.0, -2.0, 4),
                                              (1.5, 9.0, 1)]],
        Case([np.array(1.0, F32), np.array(2.0, F32), np.array(3, I64)], _linspace,
             name="fed_num_int64", rtol=1e-6),
    ],
    "OnesLike": [Case([arr(s, d)], lambda x: np.ones_like(x), name=_name(d, s))
                 for d in DTYPES for s in [(), (2, 3), (0, 2)]],
    "ZerosLike": [Case([arr(s, d)], lambda x: np.zeros_like(x), name=_name(d, s))
                  for d in DTYPES for s in [(), (2, 3), (0, 2)]],
    "Range": [
        *[Case([np.array(a, d), np.array(b, d), np.array(c, d)], _range, const=(0, 1, 2),
               name=_name(d, a, b, c), rtol=1e-5, atol=1e-5)
          for d in (I32, I64, F32, F64)
          for a, b, c in [(0, 5, 1), (2, 11, 3), (10, 1, -2), (3, 3, 1), (-4, 4, 3)]],
        Case([np.array(0.5, F32), np.array(2.0, F32), np.array(0.25, F32)], _range,
             name="fed_float", rtol=1e-6),
        Case([np.array(1, I32), np.array(20, I32), np.array(4, I32)], _range, name="fed_int"),
    ],
    "Tile": [
        *[Case([arr(s, d), np.array(m, I32)], lambda x, m: np.tile(x, tuple(m)), const=(1,),
               name=_name(d, s, m))
          for d in (F32, I32, np.bool_, C64)
          for s, m in [((2, 3), [2, 1]), ((3,), [4]), ((2, 3), [0, 2]), ((0, 2), [3, 3]),
                       ((), []), ((1, 2, 1), [2, 2, 3])]],
        Case([arr((2, 3), F64), np.array([3, 2], I64)], lambda x, m: np.tile(x, tuple(m)),
             name="fed_multiples_int64"),
    ],
}
