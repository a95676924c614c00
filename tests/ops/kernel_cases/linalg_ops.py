"""Kernel cases for tensorweave/ops/linalg_ops.py: MatMul, BatchMatMul(V2) and Einsum."""

import numpy as np

from ._common import F32, F64, I32, I64, Case, arr

C64, C128 = np.complex64, np.complex128


def _loop_matmul(a, b):
    """Plain triple loop over the last two dims, batch dims broadcast (the reference)."""
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    a = np.broadcast_to(a, batch + a.shape[-2:])
    b = np.broadcast_to(b, batch + b.shape[-2:])
    acc = np.complex128 if a.dtype.kind == "c" else (np.float64 if a.dtype.kind == "f" else np.int64)
    out = np.zeros(batch + (a.shape[-2], b.shape[-1]), acc)
    for k in range(a.shape[-1]):
        out += a[..., :, k:k + 1].astype(acc) * b[..., k:k + 1, :].astype(acc)
    return out.astype(a.dtype)


def _adj(x):
    x = np.swapaxes(x, -1, -2)
    return np.conj(x) if x.dtype.kind == "c" else x


def _matmul_ref(ta, tb):
    def ref(a, b):
        return _loop_matmul(a.T if ta else a, b.T if tb else b)
    return ref


def _bmm_ref(ax, ay):
    def ref(x, y):
        return _loop_matmul(_adj(x) if ax else x, _adj(y) if ay else y)
    return ref


MATMUL = [((2, 3), (3, 4), False, False, F32), ((3, 2), (3, 4), True, False, F64),
          ((2, 3), (4, 3), False, True, I32), ((3, 2), (4, 3), True, True, I64),
          ((2, 3), (3, 2), False, False, C64), ((0, 3), (3, 2), False, False, F32),
          ((2, 0), (0, 4), False, False, F32), ((1, 1), (1, 5), False, False, F64)]

BMM_SAME = [((2, 3, 4), (2, 4, 5), False, False, F32), ((2, 4, 3), (2, 4, 5), True, False, F64),
            ((3, 2, 3, 4), (3, 2, 5, 4), False, True, I32), ((2, 4, 3), (2, 5, 4), True, True, C128),
            ((0, 2, 3), (0, 3, 1), False, False, F32), ((3, 4), (4, 2), False, False, F32)]

BMM_BROADCAST = [((2, 1, 3, 4), (5, 4, 2), False, False, F32), ((3, 4), (2, 4, 5), False, False, F64),
                 ((2, 3, 4), (4, 5), False, False, I64), ((1, 4, 3), (2, 5, 4), True, True, F32)]

EINSUM = [
    ("ij,jk->ik", [(2, 3), (3, 4)], F32),
    ("ij,jk", [(2, 3), (3, 4)], F64),
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)], F32),
    ("ij->ji", [(2, 3)], I32),
    ("ii->i", [(3, 3)], F32),
    ("ij->", [(2, 3)], F64),
    ("i,j->ij", [(3,), (4,)], I64),
    ("...ij,...jk->...ik", [(2, 1, 3, 4), (5, 4, 2)], F32),
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 2)], F64),
    ("bi,bi->b", [(0, 3), (0, 3)], F32),
    ("ab,cb->ac", [(2, 3), (4, 3)], C64),
]


def _einsum_ref(equation):
    # NOTE: np.einsum is the reference: it is an independent implementation of the notation
    # (the kernel rewrites '...' and implicit outputs before calling it).
    def ref(*inputs):
        xs = inputs[0]
        return np.asarray(np.einsum(equation, *[x.astype(np.complex128 if x.dtype.kind == "c" else
                                                         np.float64 if x.dtype.kind == "f" else np.int64)
                                                for x in xs])).astype(xs[0].dtype)
    return ref


CASES = {
    "MatMul": [Case([arr(sa, d), arr(sb, d)], _matmul_ref(ta, tb), {"transpose_a": ta, "transpose_b": tb},
                    rtol=1e-5, atol=1e-5, name="%s%s%s_ta%d_tb%d" % (np.dtype(d).name, sa, sb, ta, tb))
               for sa, sb, ta, tb, d in MATMUL],
    "BatchMatMul": [Case([arr(sa, d), arr(sb, d)], _bmm_ref(ax, ay), {"adj_x": ax, "adj_y": ay}, rtol=1e-5,
                         atol=1e-5, name="%s%s%s_ax%d_ay%d" % (np.dtype(d).name, sa, sb, ax, ay))
                    for sa, sb, ax, ay, d in BMM_SAME],
    "BatchMatMulV2": [Case([arr(sa, d), arr(sb, d)], _bmm_ref(ax, ay), {"adj_x": ax, "adj_y": ay}, rtol=1e-5,
                           atol=1e-5, name="%s%s%s_ax%d_ay%d" % (np.dtype(d).name, sa, sb, ax, ay))
                      for sa, sb, ax, ay, d in BMM_SAME + BMM_BROADCAST],
    "Einsum": [Case([[arr(s, d) for s in shapes]], _einsum_ref(eq), {"equation": eq}, rtol=1e-5, atol=1e-5,
                    name="%s_%s" % (eq, np.dtype(d).name)) for eq, shapes, d in EINSUM],
}
