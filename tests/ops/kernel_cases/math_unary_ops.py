"""Kernel cases for tensorweave/ops/math_unary_ops.py: element-wise math, predicates, the
`*Grad` helper ops, complex parts and Bitcast."""

import math

import numpy as np

from tensorweave.framework import dtypes

from ._common import F32, F64, I32, I64, Case, arr, positive, unary

C64, C128 = np.complex64, np.complex128
SHAPES_C = [(3,), (2, 2)]


def _vec(fn):
    return np.vectorize(fn, otypes=[np.float64])


def within(lo, hi):
    return lambda shape, dtype=F32: arr(shape, dtype, lo, hi)


def nonzero(shape, dtype=F32):
    mag = arr(shape, dtype, 0.5, 2.0)
    return np.where(arr(shape, np.bool_), mag, -mag).astype(dtype)


def cx(np_fn, make=arr, rtol=1e-5, atol=1e-5):
    """Complex cases: reference evaluated in complex128, compared at the input precision."""
    return [Case([make(s, d)], lambda x: np.asarray(np_fn(x.astype(C128))).astype(x.dtype),
                 rtol=rtol, atol=atol, name="%s%s" % (np.dtype(d).name, s))
            for d, s in zip((C64, C128), SHAPES_C)]


def fixed(x, y, **kw):
    return Case([x], lambda _: y, **kw)


def _sigmoid_ref(x):
    return 1.0 / (1.0 + np.exp(-x.astype(np.float64 if x.dtype.kind == "f" else C128)))


def _grad_cases(fn, dtypes_=(F32, F64)):
    cases = [Case([arr(s, d), arr(s, d)], lambda y, dy: fn(y.astype(np.float64), dy.astype(np.float64))
                  .astype(y.dtype), rtol=1e-5, name="%s%s" % (np.dtype(d).name, s))
             for d in dtypes_ for s in [(), (4,), (2, 3), (0, 2)]]
    cases.append(Case([arr((3,), C64), arr((3,), C64)],
                      lambda y, dy: fn(y.astype(C128), dy.astype(C128)).astype(C64), rtol=1e-5, name="complex64"))
    return cases


def _bitcast(x, dst):
    return np.frombuffer(np.ascontiguousarray(x).tobytes(), dst)


CASES = {
    "Neg": unary(lambda x: -x, dtypes=(F32, F64, I32, I64)) + cx(lambda x: -x),
    "Abs": unary(lambda x: np.where(x < 0, -x, x), dtypes=(F32, F64, I32, I64)),
    "ComplexAbs": [
        Case([np.array([3 + 4j, -1j, 0], C64)], lambda x: np.array([5.0, 1.0, 0.0], F32), {"Tout": dtypes.float32},
             name="complex64"),
        Case([arr((2, 3), C128)], lambda x: np.sqrt(x.real ** 2 + x.imag ** 2), {"Tout": dtypes.float64},
             name="complex128"),
        Case([np.zeros((0,), C64)], lambda x: np.zeros((0,), F32), {"Tout": dtypes.float32}, name="empty"),
    ],
    "Square": unary(lambda x: x * x, dtypes=(F32, F64, I32, I64)) + cx(lambda x: x * x),
    "Sqrt": unary(_vec(math.sqrt), make=positive, rtol=1e-6) + cx(np.sqrt) + [
        fixed(np.array([-1.0, 0.0, np.inf], F32), np.array([np.nan, 0.0, np.inf], F32), name="edges")],
    "Rsqrt": unary(lambda x: 1.0 / _vec(math.sqrt)(x), make=positive, rtol=1e-5) + cx(lambda x: 1 / np.sqrt(x)),
    "Exp": unary(_vec(math.exp), rtol=1e-6) + cx(np.exp),
    "Expm1": unary(_vec(math.expm1), rtol=1e-6) + cx(lambda x: np.exp(x) - 1),
    "Log": unary(_vec(math.log), make=positive, rtol=1e-6, atol=1e-6) + cx(np.log, make=nonzero) + [
        fixed(np.array([0.0, -1.0], F64), np.array([-np.inf, np.nan]), name="edges")],
    "Log1p": unary(_vec(math.log1p), make=within(-0.9, 2.0), rtol=1e-6) + cx(lambda x: np.log(1 + x),
                                                                             make=within(0.1, 1.0)),
    "Sign": unary(lambda x: (x > 0).astype(x.dtype) - (x < 0).astype(x.dtype), dtypes=(F32, F64, I32, I64),
                  make=within(-2, 2))
    + [fixed(np.array([3 + 4j, 0j, -2j], C64), np.array([0.6 + 0.8j, 0j, -1j], C64), name="complex_unit")],
    "Reciprocal": unary(lambda x: 1.0 / x, make=nonzero, rtol=1e-6) + cx(lambda x: 1 / x, make=nonzero),
    "Inv": unary(lambda x: 1.0 / x, dtypes=(F32,), make=nonzero, rtol=1e-6) + cx(lambda x: 1 / x, make=nonzero),
    "Sin": unary(_vec(math.sin), atol=1e-6) + cx(np.sin),
    "Cos": unary(_vec(math.cos), atol=1e-6) + cx(np.cos),
    "Tan": unary(_vec(math.tan), make=within(-1.2, 1.2), rtol=1e-5) + cx(np.tan, make=within(-0.5, 0.5)),
    "Asin": unary(_vec(math.asin), make=within(-0.99, 0.99), rtol=1e-5) + cx(np.arcsin, make=within(-0.5, 0.5)),
    "Acos": unary(_vec(math.acos), make=within(-0.99, 0.99), rtol=1e-5) + cx(np.arccos, make=within(-0.5, 0.5)),
    "Atan": unary(_vec(math.atan)) + cx(np.arctan, make=within(-0.5, 0.5)),
    "Sinh": unary(_vec(math.sinh), rtol=1e-6) + cx(np.sinh),
    "Cosh": unary(_vec(math.cosh), rtol=1e-6) + cx(np.cosh),
    "Tanh": unary(_vec(math.tanh), atol=1e-6) + cx(np.tanh, make=within(-0.5, 0.5)),
    "Asinh": unary(_vec(math.asinh), rtol=1e-6) + cx(np.arcsinh, make=within(-0.5, 0.5)),
    "Acosh": unary(_vec(math.acosh), make=within(1.0, 5.0), rtol=1e-6) + cx(np.arccosh, make=within(1.5, 3.0)),
    "Atanh": unary(_vec(math.atanh), make=within(-0.95, 0.95), rtol=1e-5) + cx(np.arctanh,
                                                                               make=within(-0.5, 0.5)),
    "Sigmoid": unary(_sigmoid_ref, make=within(-30, 30), rtol=1e-6) + cx(_sigmoid_ref, make=within(-2, 2)) + [
        fixed(np.array([-1000.0, 0.0, 1000.0], F32), np.array([0.0, 0.5, 1.0], F32), name="saturates")],
    "Erf": unary(_vec(math.erf), atol=1e-6),
    "Erfc": unary(_vec(math.erfc), atol=1e-6),
    "Lgamma": unary(_vec(math.lgamma), make=within(0.1, 6.0), rtol=1e-5, atol=1e-5) + [
        fixed(np.array([0.0, -1.0, -0.5, 1.0, -2.5], F32),
              np.array([np.inf, np.inf, 1.2655121, 0.0, -0.05624371], F32), rtol=1e-5, name="poles")],
    "Digamma": unary(lambda x: _vec(lambda v: (math.lgamma(v + 1e-6) - math.lgamma(v - 1e-6)) / 2e-6)(x),
                     dtypes=(F64,), make=within(0.5, 6.0), rtol=1e-5, atol=1e-5)
    + [fixed(np.array([0.0, -1.0, -0.5, 1.0], F32), np.array([np.nan, np.nan, 0.03648996, -0.5772157], F32),
             rtol=1e-5, name="poles_nan")],
    "Floor": unary(_vec(math.floor), make=within(-5, 5)),
    "Ceil": unary(_vec(math.ceil), make=within(-5, 5)),
    "Rint": unary(np.round, make=within(-5, 5)) + [
        fixed(np.array([0.5, 1.5, 2.5, -0.5, -1.5], F32), np.array([0.0, 2.0, 2.0, -0.0, -2.0], F32),
              name="half_to_even")],
    "Round": unary(np.round, make=within(-5, 5)) + [
        fixed(np.array([0.5, 1.5, 2.5, -0.5, -2.5], F64), np.array([0.0, 2.0, 2.0, -0.0, -2.0]),
              name="half_to_even")],
    "IsNan": [Case([np.array(v, d)], np.isnan, name="%s_%d" % (np.dtype(d).name, i)) for i, (v, d) in enumerate(
        [([np.nan, 1.0, np.inf, -np.inf], F32), ([[0.0, np.nan]], F64), (np.nan, F32), ([], F32)])],
    "IsInf": [Case([np.array(v, d)], np.isinf, name="%s_%d" % (np.dtype(d).name, i)) for i, (v, d) in enumerate(
        [([np.nan, 1.0, np.inf, -np.inf], F32), ([[0.0, -np.inf]], F64), (np.inf, F32), ([], F32)])],
    "IsFinite": [Case([np.array(v, d)], np.isfinite, name="%s_%d" % (np.dtype(d).name, i))
                 for i, (v, d) in enumerate([([np.nan, 1.0, np.inf, -np.inf], F32), ([[0.0, -np.inf]], F64),
                                             (2.0, F32), ([], F64)])],
    "SigmoidGrad": _grad_cases(lambda y, dy: dy * y * (1 - y)),
    "TanhGrad": _grad_cases(lambda y, dy: dy * (1 - y * y)),
    "SqrtGrad": [Case([positive(s, d), arr(s, d)], lambda y, dy: (dy / (2.0 * y)).astype(y.dtype), rtol=1e-5,
                      name="%s%s" % (np.dtype(d).name, s)) for d in (F32, F64) for s in [(), (4,), (0, 2)]],
    "RsqrtGrad": _grad_cases(lambda y, dy: -0.5 * dy * y ** 3),
    "ReciprocalGrad": _grad_cases(lambda y, dy: -dy * y * y),
    "InvGrad": _grad_cases(lambda y, dy: -dy * y * y, dtypes_=(F32,)),
    "Complex": [
        Case([arr((2, 3), F32), arr((2, 3), F32)], lambda r, i: (r + 1j * i.astype(C64)).astype(C64),
             {"Tout": dtypes.complex64}, name="complex64"),
        Case([arr((2, 3), F64), arr((3,), F64)], lambda r, i: r + 1j * i, {"Tout": dtypes.complex128},
             name="complex128_broadcast"),
        Case([arr((), F32), arr((4,), F32)], lambda r, i: (r + 1j * i).astype(C64), {"Tout": dtypes.complex64},
             name="scalar_broadcast"),
        Case([np.zeros((0,), F32), np.zeros((0,), F32)], lambda r, i: np.zeros((0,), C64),
             {"Tout": dtypes.complex64}, name="empty"),
    ],
    "Real": [Case([arr(s, d)], lambda x: np.array([v.real for v in x.ravel()], x.real.dtype).reshape(x.shape),
                  {"Tout": t}, name="%s%s" % (np.dtype(d).name, s))
             for d, t, s in [(C64, dtypes.float32, (2, 3)), (C128, dtypes.float64, ()), (C64, dtypes.float32, (0,))]],
    "Imag": [Case([arr(s, d)], lambda x: np.array([v.imag for v in x.ravel()], x.real.dtype).reshape(x.shape),
                  {"Tout": t}, name="%s%s" % (np.dtype(d).name, s))
             for d, t, s in [(C64, dtypes.float32, (2, 3)), (C128, dtypes.float64, ()), (C64, dtypes.float32, (0,))]],
    "Angle": [Case([arr(s, d)], lambda x: _vec(lambda v: math.atan2(v.imag, v.real))(x).astype(x.real.dtype),
                   {"Tout": t}, rtol=1e-5, name="%s%s" % (np.dtype(d).name, s))
              for d, t, s in [(C64, dtypes.float32, (2, 3)), (C128, dtypes.float64, ()), (C64, dtypes.float32, (0,))]],
    "Conj": [Case([arr(s, d)], lambda x: (x.real - 1j * x.imag).astype(x.dtype), name="%s%s" % (np.dtype(d).name, s))
             for d, s in [(C64, (2, 3)), (C128, ()), (C64, (0, 2))]],
    "Bitcast": [
        Case([np.array([1.0, -2.0], F32)], lambda x: _bitcast(x, I32), {"type": dtypes.int32}, name="same_size"),
        Case([np.array([[1, 2], [3, 4]], I32)], lambda x: _bitcast(x, I64).reshape(2),
             {"type": dtypes.int64}, name="widen"),
        Case([np.array([1.5, -0.25], F64)], lambda x: _bitcast(x, np.uint8).reshape(2, 8),
             {"type": dtypes.uint8}, name="narrow"),
        Case([np.array(7, I64)], lambda x: _bitcast(x, I32).reshape(2), {"type": dtypes.int32},
             name="scalar_narrow"),
    ],
}
