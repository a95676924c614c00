"""Special functions and least squares (tensorweave/ops/special_math_ops.py) and the Fourier
transforms (tensorweave/ops/spectral_ops.py). References: math.erf inverted by bisection,
Bessel power series, NumPy's lstsq and FFTs."""

import math

import numpy as np

from kernel_cases._common import F32, F64, I32, Case, arr

_erf = np.vectorize(math.erf, otypes=[np.float64])


def _erfinv_ref(x):
    lo, hi = np.full(x.shape, -6.0), np.full(x.shape, 6.0)
    for _ in range(200):
        mid = (lo + hi) / 2
        below = _erf(mid) < x
        lo, hi = np.where(below, mid, lo), np.where(below, hi, mid)
    return ((lo + hi) / 2).astype(x.dtype)


def _ndtri_ref(p):
    return (np.sqrt(2.0) * _erfinv_ref(2.0 * p.astype(np.float64) - 1.0)).astype(p.dtype)


def _bessel_ref(order, scaled):
    def ref(x):
        v = x.astype(np.float64)
        total = np.zeros_like(v)
        for k in range(80):
            total += (v / 2) ** (2 * k + order) / (math.factorial(k) * math.factorial(k + order))
        if scaled:
            total *= np.exp(-np.abs(v))
        return total.astype(x.dtype)

    return ref


def _unary_cases(ref, make, rtol=1e-5):
    return [
        Case([make(s, d)], ref, rtol=rtol, atol=1e-6, name="%s%s" % (np.dtype(d).name, s))
        for d in (F32, F64)
        for s in ((), (5,), (2, 3), (0, 2))
    ]


def _ls_ref(fast):
    def ref(a, b, l2):
        a64, b64 = a.astype(np.float64), b.astype(np.float64)
        if not fast:
            return np.linalg.lstsq(a64, b64, rcond=None)[0].astype(a.dtype)
        n = a.shape[1]
        return np.linalg.solve(a64.T @ a64 + float(l2) * np.eye(n), a64.T @ b64).astype(a.dtype)

    return ref


def _batched(ref):
    def fn(a, b, l2):
        return np.stack([ref(a[i], b[i], l2) for i in range(a.shape[0])])

    return fn


def _c(shape, dtype=np.complex64):
    return arr(shape, dtype)


_FFT = {1: np.fft.fft, 2: np.fft.fft2, 3: lambda x: np.fft.fftn(x, axes=(-3, -2, -1))}
_IFFT = {1: np.fft.ifft, 2: np.fft.ifft2, 3: lambda x: np.fft.ifftn(x, axes=(-3, -2, -1))}
_SUFFIX = {1: "", 2: "2D", 3: "3D"}


def _fit(x, n):
    rank = len(n)
    x = x[(Ellipsis,) + tuple(slice(0, k) for k in n)]
    pads = [(0, 0)] * (x.ndim - rank) + [(0, max(k - d, 0)) for k, d in zip(n, x.shape[-rank:])]
    return np.pad(x, pads)


def _rfft_ref(x, n):
    n = [int(v) for v in n]
    return np.fft.rfftn(_fit(x, n), axes=tuple(range(-len(n), 0))).astype(
        np.complex64 if x.dtype == np.float32 else np.complex128
    )


def _irfft_ref(y, n):
    n = [int(v) for v in n]
    half = n[:-1] + [n[-1] // 2 + 1]
    return np.fft.irfftn(_fit(y, half), s=n, axes=tuple(range(-len(n), 0))).astype(
        np.float32 if y.dtype == np.complex64 else np.float64
    )


CASES = {
    "Erfinv": _unary_cases(_erfinv_ref, lambda s, d: arr(s, d, -0.99, 0.99)),
    "Ndtri": _unary_cases(_ndtri_ref, lambda s, d: arr(s, d, 0.01, 0.99)),
    "BesselI0e": _unary_cases(_bessel_ref(0, True), lambda s, d: arr(s, d, -12, 12)),
    "BesselI1e": _unary_cases(_bessel_ref(1, True), lambda s, d: arr(s, d, -12, 12)),
    "BesselI0": _unary_cases(_bessel_ref(0, False), lambda s, d: arr(s, d, -6, 6)),
    "BesselI1": _unary_cases(_bessel_ref(1, False), lambda s, d: arr(s, d, -6, 6)),
    "MatrixSolveLs": [
        Case([arr((4, 2), F64), arr((4, 3), F64), np.array(0.0)], _ls_ref(True), name="fast"),
        Case([arr((4, 2), F32), arr((4, 1), F32), np.array(0.5)], _ls_ref(True), rtol=1e-4, name="fast_l2"),
        Case(
            [arr((4, 2), F64), arr((4, 1), F64), np.array(0.5)], _ls_ref(False), {"fast": False}, name="svd"
        ),
        Case(
            [arr((2, 5, 3), F64), arr((2, 5, 2), F64), np.array(0.1)], _batched(_ls_ref(True)), name="batch"
        ),
    ],
}
for _rank in (1, 2, 3):
    _shape = (2,) + (3,) * _rank
    CASES["FFT" + _SUFFIX[_rank]] = [
        Case(
            [_c(_shape, d)],
            lambda x, r=_rank: _FFT[r](x).astype(x.dtype),
            rtol=1e-4,
            atol=1e-5,
            name=np.dtype(d).name,
        )
        for d in (np.complex64, np.complex128)
    ]
    CASES["IFFT" + _SUFFIX[_rank]] = [
        Case(
            [_c(_shape, d)],
            lambda x, r=_rank: _IFFT[r](x).astype(x.dtype),
            rtol=1e-4,
            atol=1e-5,
            name=np.dtype(d).name,
        )
        for d in (np.complex64, np.complex128)
    ]
    _n_same = np.array([3] * _rank, I32)
    _n_other = np.array([4] * (_rank - 1) + [2], I32)
    CASES["RFFT" + _SUFFIX[_rank]] = [
        Case(
            [arr(_shape, d), n],
            _rfft_ref,
            {"Tcomplex": c},
            const=(1,),
            rtol=1e-4,
            atol=1e-5,
            name="%s_%s" % (np.dtype(d).name, "x".join(map(str, n))),
        )
        for d, c in ((F32, "complex64"), (F64, "complex128"))
        for n in (_n_same, _n_other)
    ]
    CASES["IRFFT" + _SUFFIX[_rank]] = [
        Case(
            [_c(_shape[:-1] + (2,), dc), n],
            _irfft_ref,
            {"Treal": r},
            const=(1,),
            rtol=1e-4,
            atol=1e-5,
            name="%s_%s" % (np.dtype(dc).name, "x".join(map(str, n))),
        )
        for dc, r in ((np.complex64, "float32"), (np.complex128, "float64"))
        for n in (_n_same, _n_other)
    ]

from tensorweave.framework.dtypes import as_dtype as _as_dtype  # noqa: E402

for _cases in CASES.values():
    for _case in _cases:
        for _key in ("Tcomplex", "Treal"):
            if _key in _case.attrs:
                _case.attrs[_key] = _as_dtype(_case.attrs[_key])
