"""Kernel cases for tensorweave/ops/linalg_matrix_ops.py: inverse, determinants, Cholesky,
solves, band and diagonal ops, and the QR/SVD/eigen decompositions (checked by properties,
since their factors are defined only up to signs/phases)."""

import itertools

import numpy as np

from ._common import F32, F64, I32, I64, Case, arr

C64, C128 = np.complex64, np.complex128


def well_conditioned(shape, dtype=F32):
    """Random matrices plus a dominant diagonal: invertible and safely conditioned."""
    a = arr(shape, dtype, -1, 1)
    n = shape[-1]
    return (a + 2 * n * np.eye(n, dtype=dtype)).astype(dtype)


def spd(shape, dtype=F32):
    b = arr(shape, dtype, -1, 1)
    n = shape[-1]
    return (np.matmul(b, np.conj(np.swapaxes(b, -1, -2))) + n * np.eye(n)).astype(dtype)


def hermitian(shape, dtype=F32):
    b = arr(shape, dtype, -1, 1)
    return ((b + np.conj(np.swapaxes(b, -1, -2))) / 2).astype(dtype)


def _adj(x):
    x = np.swapaxes(x, -1, -2)
    return np.conj(x) if x.dtype.kind == "c" else x


def _wide(x):
    return x.astype(np.complex128 if x.dtype.kind == "c" else np.float64)


def _batched(fn, x, *rest):
    """Applies fn(matrix, *matrices) over the leading dims (rest broadcast against x)."""
    batch = np.broadcast_shapes(x.shape[:-2], *[r.shape[:-2] for r in rest])
    xs = np.broadcast_to(x, batch + x.shape[-2:])
    rs = [np.broadcast_to(r, batch + r.shape[-2:]) for r in rest]
    outs = [fn(xs[i], *[r[i] for r in rs]) for i in np.ndindex(batch)]
    if not outs:
        probe = fn(np.eye(x.shape[-1], dtype=x.dtype)[:x.shape[-2]], *[np.zeros(r.shape[-2:], r.dtype) for r in rs])
        return np.zeros(batch + np.shape(probe), np.asarray(probe).dtype)
    return np.array(outs).reshape(batch + np.shape(outs[0]))


def _leibniz_det(m):
    n = m.shape[0]
    total = 0
    for perm in itertools.permutations(range(n)):
        inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
        term = (-1) ** inversions
        for i in range(n):
            term = term * complex(m[i, perm[i]])
        total += term
    return total


def _det_ref(x):
    out = _batched(lambda m: np.array(_leibniz_det(m)), x)
    return (out if x.dtype.kind == "c" else out.real).astype(x.dtype)


def _slogdet_ref(x):
    det = _batched(lambda m: np.array(_leibniz_det(m)), x)
    mag = np.abs(det)
    sign = np.where(mag == 0, 0, det / np.where(mag == 0, 1, mag))
    if x.dtype.kind != "c":
        sign = sign.real
    return [sign.astype(x.dtype), np.log(mag).astype(x.dtype)]


def _gauss_solve(a, b):
    """Gauss-Jordan elimination with partial pivoting (the solve reference)."""
    dtype = np.result_type(_wide(a), _wide(b))
    a = a.astype(dtype)
    b = b.astype(dtype)
    n = a.shape[0]
    for c in range(n):
        p = c + int(np.argmax(np.abs(a[c:, c])))
        a[[c, p]], b[[c, p]] = a[[p, c]], b[[p, c]]
        b[c] = b[c] / a[c, c]
        a[c] = a[c] / a[c, c]
        for r in range(n):
            if r != c:
                b[r] = b[r] - a[r, c] * b[c]
                a[r] = a[r] - a[r, c] * a[c]
    return b


def _inverse_ref(adjoint):
    def ref(x):
        m = _adj(x) if adjoint else x
        return _batched(lambda a: _gauss_solve(a, np.eye(a.shape[0])), m).astype(x.dtype)
    return ref


def _solve_ref(adjoint):
    def ref(a, b):
        m = _adj(a) if adjoint else a
        return _batched(_gauss_solve, m, b).astype(a.dtype)
    return ref


def _tri_solve_ref(lower, adjoint):
    def ref(a, b):
        t = np.tril(a) if lower else np.triu(a)
        m = _adj(t) if adjoint else t
        return _batched(_gauss_solve, m, b).astype(a.dtype)
    return ref


def _cholesky_ref(x):
    def one(a):
        a = _wide(a)
        n = a.shape[0]
        low = np.zeros_like(a)
        for i in range(n):
            for j in range(i + 1):
                s = a[i, j] - np.sum(low[i, :j] * np.conj(low[j, :j]))
                low[i, j] = np.sqrt(s) if i == j else s / low[j, j]
        return low
    return _batched(one, x).astype(x.dtype)


def _band_ref(x, lo, hi):
    lo, hi = int(lo), int(hi)
    out = np.zeros_like(x)
    for i in range(x.shape[-2]):
        for j in range(x.shape[-1]):
            if (lo < 0 or i - j <= lo) and (hi < 0 or j - i <= hi):
                out[..., i, j] = x[..., i, j]
    return out


def _diag_ref(d):
    flat = d.reshape(-1)
    out = np.zeros((flat.size, flat.size), d.dtype)
    for i, v in enumerate(flat):
        out[i, i] = v
    return out.reshape(d.shape + d.shape)


def _diag_part_ref(x):
    half = x.ndim // 2
    n = int(np.prod(x.shape[:half]))
    flat = x.reshape(n, n)
    return np.array([flat[i, i] for i in range(n)], x.dtype).reshape(x.shape[:half])


def _diag_entries(k, rows, cols):
    """(row, col) positions on diagonal k of a rows x cols matrix, top-left first."""
    return [(i, i + k) for i in range(rows) if 0 <= i + k < cols]


def _matrix_diag_v3_ref(d, k, num_rows, num_cols, pad):
    k, n = int(k), d.shape[-1]
    rows, cols = int(num_rows), int(num_cols)
    if rows < 0 and cols < 0:
        rows = cols = n + abs(k)
    elif rows < 0:
        rows = n + max(-k, 0)
    elif cols < 0:
        cols = n + max(k, 0)
    out = np.full(d.shape[:-1] + (rows, cols), pad, d.dtype)
    for t, (i, j) in enumerate(_diag_entries(k, rows, cols)):
        out[..., i, j] = d[..., t]
    return out


def _diag_part_v3_ref(x, k, pad=None):
    pos = _diag_entries(int(k), x.shape[-2], x.shape[-1])
    out = np.zeros(x.shape[:-2] + (len(pos),), x.dtype)
    for t, (i, j) in enumerate(pos):
        out[..., t] = x[..., i, j]
    return out


def _set_diag_ref(x, d, k=0):
    out = x.copy()
    for t, (i, j) in enumerate(_diag_entries(int(k), x.shape[-2], x.shape[-1])):
        out[..., i, j] = d[..., t]
    return out


def _tol(dtype):
    return 1e-4 if np.dtype(dtype) in (np.dtype(F32), np.dtype(C64)) else 1e-10


def _qr_check(full):
    def check(outputs, inputs):
        q, r = outputs
        a = inputs[0]
        tol = _tol(a.dtype)
        m, n = a.shape[-2:]
        p = m if full else min(m, n)
        assert q.shape == a.shape[:-2] + (m, p) and r.shape == a.shape[:-2] + (p, n)
        np.testing.assert_allclose(np.matmul(q, r), a, atol=tol * 10)
        np.testing.assert_allclose(np.matmul(_adj(q), q), np.broadcast_to(np.eye(p), q.shape[:-2] + (p, p)),
                                   atol=tol * 10)
        np.testing.assert_allclose(np.tril(r, -1), 0, atol=tol)
    return check


def _svd_check(compute_uv, full):
    def check(outputs, inputs):
        s, u, v = outputs
        a = inputs[0]
        tol = _tol(a.dtype) * 10
        m, n = a.shape[-2:]
        p = min(m, n)
        assert s.shape == a.shape[:-2] + (p,)
        assert np.all(s >= 0) and np.all(np.diff(s, axis=-1) <= tol), "singular values not descending"
        # Singular values are the square roots of the eigenvalues of a^H a.
        gram = np.matmul(_adj(_wide(a)), _wide(a))
        eig = np.sort(np.linalg.eigvalsh(gram), axis=-1)[..., ::-1][..., :p]
        np.testing.assert_allclose(s, np.sqrt(np.maximum(eig, 0)), atol=tol * max(1, np.abs(a).max()))
        if not compute_uv:
            assert u.shape == (0,) and v.shape == (0,)
            return
        cu, cv = (m, n) if full else (p, p)
        assert u.shape == a.shape[:-2] + (m, cu) and v.shape == a.shape[:-2] + (n, cv)
        rec = np.matmul(u[..., :, :p] * s[..., None, :], _adj(v[..., :, :p]))
        np.testing.assert_allclose(rec, a, atol=tol)
        np.testing.assert_allclose(np.matmul(_adj(u), u), np.broadcast_to(np.eye(cu), u.shape[:-2] + (cu, cu)),
                                   atol=tol)
    return check


def _eig_check(compute_v):
    def check(outputs, inputs):
        e, v = outputs
        a = inputs[0]
        tol = _tol(a.dtype) * 10
        assert np.all(np.diff(e, axis=-1) >= -tol), "eigenvalues not ascending"
        # trace and Frobenius norm are invariants of the spectrum
        np.testing.assert_allclose(e.sum(-1), np.trace(a, axis1=-2, axis2=-1).real, atol=tol)
        np.testing.assert_allclose((e ** 2).sum(-1), (np.abs(a) ** 2).sum((-2, -1)), atol=tol * 10)
        if not compute_v:
            assert v.shape == (0,)
            return
        np.testing.assert_allclose(np.matmul(a, v), v * e[..., None, :], atol=tol)
        n = a.shape[-1]
        np.testing.assert_allclose(np.matmul(_adj(v), v), np.broadcast_to(np.eye(n), v.shape), atol=tol)
    return check


def _name(d, *parts):
    return "_".join([np.dtype(d).name] + [str(p) for p in parts])


CASES = {
    "MatrixInverse": [
        Case([well_conditioned(s, d)], _inverse_ref(adj), {"adjoint": adj}, rtol=1e-4, atol=1e-5,
             name=_name(d, s, "adj%d" % adj))
        for s, d, adj in [((3, 3), F32, False), ((2, 4, 4), F64, False), ((2, 2), C64, True),
                          ((3, 3), C128, False), ((1, 1), F32, True), ((0, 2, 2), F32, False)]
    ],
    "MatrixDeterminant": [
        Case([arr(s, d)], _det_ref, rtol=1e-4, atol=1e-5, name=_name(d, s))
        for s, d in [((3, 3), F32), ((2, 2, 2), F64), ((2, 3, 3), C64), ((1, 1), C128), ((0, 3, 3), F32)]
    ],
    "LogMatrixDeterminant": [
        Case([x], _slogdet_ref, rtol=1e-4, atol=1e-5, name=_name(x.dtype, x.shape))
        for x in [well_conditioned((3, 3)), -well_conditioned((2, 2, 2), F64), arr((2, 3, 3), C64),
                  arr((4, 4), C128), np.zeros((0, 2, 2), F32)]
    ] + [Case([np.zeros((2, 2), F64)], lambda x: [np.array(0.0), np.array(-np.inf)], name="singular")],
    "Cholesky": [
        Case([spd(s, d)], _cholesky_ref, rtol=1e-4, atol=1e-5, name=_name(d, s))
        for s, d in [((3, 3), F32), ((2, 4, 4), F64), ((2, 2), C64), ((3, 3), C128), ((0, 2, 2), F32)]
    ],
    "MatrixSolve": [
        Case([well_conditioned(sa, d), arr(sb, d)], _solve_ref(adj), {"adjoint": adj}, rtol=1e-4, atol=1e-5,
             name=_name(d, sa, sb, "adj%d" % adj))
        for sa, sb, d, adj in [((3, 3), (3, 2), F32, False), ((2, 3, 3), (2, 3, 1), F64, True),
                               ((2, 2), (2, 4), C64, True), ((3, 3), (3, 0), F32, False),
                               ((0, 2, 2), (0, 2, 3), F64, False)]
    ],
    "MatrixTriangularSolve": [
        Case([well_conditioned(sa, d), arr(sb, d)], _tri_solve_ref(low, adj), {"lower": low, "adjoint": adj},
             rtol=1e-4, atol=1e-5, name=_name(d, sa, sb, "low%d_adj%d" % (low, adj)))
        for sa, sb, d, low, adj in [((3, 3), (3, 2), F32, True, False), ((3, 3), (3, 2), F64, False, False),
                                    ((2, 3, 3), (2, 3, 4), F64, True, True), ((2, 2), (2, 1), C64, False, True),
                                    ((2, 3, 3), (3, 2), F32, True, False), ((3, 3), (2, 3, 1), F64, False, False),
                                    ((3, 3), (3, 0), F32, True, False)]
    ],
    "MatrixBandPart": [
        Case([arr(s, d), np.array(lo, t), np.array(hi, t)], _band_ref, const=(1, 2) if i else (),
             name=_name(d, s, lo, hi))
        for i, (s, d, lo, hi, t) in enumerate([
            ((3, 4), F32, 1, 0, I64), ((2, 4, 3), F64, 0, -1, I32), ((3, 4), I32, 1, -1, I64),
            ((4, 4), C64, -1, -1, I64), ((3, 3), np.bool_, 0, 0, I32), ((0, 2, 2), F32, 1, 1, I64)])
    ],
    "Diag": [Case([arr(s, d)], _diag_ref, name=_name(d, s))
             for s, d in [((3,), F32), ((2, 2), F64), ((4,), I32), ((2,), C64), ((0,), I64)]],
    "DiagPart": [Case([_diag_ref(arr(s, d))], _diag_part_ref, name=_name(d, s))
                 for s, d in [((3,), F32), ((2, 3), F64), ((4,), I32), ((2,), C128), ((0,), F32)]]
    + [Case([arr((3, 3), I64)], _diag_part_ref, name="dense_int64")],
    "MatrixDiag": [Case([arr(s, d)], lambda x: _matrix_diag_v3_ref(x, 0, -1, -1, 0), name=_name(d, s))
                   for s, d in [((3,), F32), ((2, 4), F64), ((2, 2, 3), I32), ((0,), F32), ((2, 0), C64)]],
    "MatrixDiagPart": [Case([arr(s, d)], lambda x: _diag_part_v3_ref(x, 0), name=_name(d, s))
                       for s, d in [((3, 3), F32), ((2, 3, 5), F64), ((4, 2), I64), ((0, 2, 2), F32),
                                    ((2, 0), np.bool_)]],
    "MatrixSetDiag": [Case([arr(s, d), arr(s[:-2] + (min(s[-2:]),), d)], _set_diag_ref, name=_name(d, s))
                      for s, d in [((3, 3), F32), ((2, 3, 5), F64), ((4, 2), I32), ((0, 2, 2), F32)]],
    "MatrixDiagV3": [
        Case([arr(s, d), np.array(k, I32), np.array(r, I32), np.array(c, I32), np.array(pad, d)],
             _matrix_diag_v3_ref, {"align": align}, const=(1, 2, 3) if i else (),
             name=_name(d, s, "k%d_r%d_c%d" % (k, r, c)))
        for i, (s, d, k, r, c, pad, align) in enumerate([
            ((2,), F32, 0, -1, -1, 0, "RIGHT_LEFT"), ((2,), F32, -1, -1, 4, 7, "RIGHT_LEFT"),
            ((2,), F64, 1, 4, -1, 7, "LEFT_RIGHT"), ((2, 3), I32, 2, -1, -1, -1, "RIGHT_LEFT"),
            ((3,), F32, 0, 4, 3, 1.5, "LEFT_LEFT"), ((2, 0), F32, 0, -1, -1, 0, "RIGHT_LEFT")])
    ],
    "MatrixDiagPartV3": [
        Case([arr(s, d), np.array(k, I32), np.array(9, d)], _diag_part_v3_ref, {"align": align},
             const=(1,) if i else (), name=_name(d, s, "k%d" % k))
        for i, (s, d, k, align) in enumerate([
            ((3, 4), F32, 1, "RIGHT_LEFT"), ((3, 4), F32, 0, "RIGHT_LEFT"), ((2, 4, 3), F64, -2, "LEFT_RIGHT"),
            ((3, 3), I64, 2, "RIGHT_LEFT"), ((0, 2, 2), F32, 0, "RIGHT_LEFT")])
    ],
    "MatrixSetDiagV3": [
        Case([arr(s, d), arr(s[:-2] + (n,), d), np.array(k, I32)], _set_diag_ref, {"align": align},
             const=(2,) if i else (), name=_name(d, s, "k%d" % k))
        for i, (s, n, d, k, align) in enumerate([
            ((3, 4), 3, F32, 1, "RIGHT_LEFT"), ((3, 4), 3, F32, 0, "RIGHT_LEFT"),
            ((2, 4, 3), 2, F64, -2, "LEFT_RIGHT"), ((3, 3), 1, I32, 2, "RIGHT_LEFT"),
            ((0, 2, 2), 2, F32, 0, "RIGHT_LEFT")])
    ],
    "Qr": [Case([arr(s, d)], None, {"full_matrices": full}, check=_qr_check(full), name=_name(d, s, "full%d" % full))
           for s, d, full in [((3, 2), F32, False), ((3, 2), F64, True), ((2, 4), F32, False),
                              ((2, 3, 3), C64, False), ((2, 4, 2), C128, True), ((0, 3, 2), F32, False)]],
    "Svd": [Case([arr(s, d)], None, {"compute_uv": uv, "full_matrices": full}, check=_svd_check(uv, full),
                 name=_name(d, s, "uv%d_full%d" % (uv, full)))
            for s, d, uv, full in [((3, 2), F32, True, False), ((2, 4), F64, True, True),
                                   ((2, 3, 3), F32, False, False), ((2, 3), C64, True, False),
                                   ((2, 4, 2), C128, True, True), ((4, 3), F64, False, True)]],
    "SelfAdjointEigV2": [Case([hermitian(s, d)], None, {"compute_v": cv}, check=_eig_check(cv),
                              name=_name(d, s, "v%d" % cv))
                         for s, d, cv in [((3, 3), F32, True), ((2, 4, 4), F64, True), ((3, 3), F64, False),
                                          ((2, 2), C64, True), ((3, 3), C128, True), ((0, 2, 2), F32, True)]],
}
