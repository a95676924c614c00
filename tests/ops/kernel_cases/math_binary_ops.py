"""Kernel cases for tensorweave/ops/math_binary_ops.py: broadcasting arithmetic, comparisons,
logic, bitwise ops, Cast, ClipByValue, BroadcastGradientArgs, Select/SelectV2/Where, AddN."""

import numpy as np

from tensorweave.framework import dtypes

from ._common import F32, F64, I32, I64, Case, arr, binary

C64, C128 = np.complex64, np.complex128
# TF gives Equal(x: [?, ?], y: [?], incompatible_shape_error=False) the static shape [?, ?]
# although incompatible values give a scalar: the placeholder builds would flag TF's own choice.
_TF_STATIC = "TF's static shape for unknown dims disagrees with the scalar result by design"
SMALL_SHAPES = [((2, 3), (2, 3)), ((2, 3), (3,)), ((3, 1), ()), ((0, 3), (3,))]


def nonzero(shape, dtype=F32):
    """Divisors: magnitude in [1, 4] with random sign, never zero."""
    mag = arr(shape, dtype, 1, 4) if np.dtype(dtype).kind in "iu" else arr(shape, dtype, 0.5, 3.0)
    sign = np.where(arr(shape, np.bool_), 1, -1).astype(dtype)
    return (mag * sign).astype(dtype)


def ints_signed(shape, dtype=I32):
    return arr(shape, dtype, -9, 9)


def _trunc_div_ref(x, y):
    if x.dtype.kind in "iu":
        q = np.trunc(x.astype(np.float64) / y.astype(np.float64))
        return q.astype(x.dtype)
    return (x / y).astype(x.dtype)


def _c_remainder(x, y):
    # The sign follows x: x - trunc(x / y) * y.
    if x.dtype.kind in "iu":
        q = np.trunc(x.astype(np.float64) / y.astype(np.float64)).astype(np.int64)
        return (x.astype(np.int64) - q * y.astype(np.int64)).astype(x.dtype)
    return np.fmod(x, y)


def _floor_remainder(x, y):
    if x.dtype.kind in "iu":
        q = np.floor(x.astype(np.float64) / y.astype(np.float64)).astype(np.int64)
        return (x.astype(np.int64) - q * y.astype(np.int64)).astype(x.dtype)
    return (x - np.floor(x / y) * y).astype(x.dtype)


def _floor_div(x, y):
    q = np.floor(x.astype(np.float64) / y.astype(np.float64))
    return q.astype(x.dtype)


def _reduction_axes(ra, rb, dtype):
    return lambda x, y: [np.array(ra, dtype), np.array(rb, dtype)]


def _fixed(x, y, ref, **kw):
    return Case([x, y], lambda a, b: ref, **kw)


def _complex_cases(np_fn, make=arr):
    return [Case([make((2, 3), d), make((3,), d)], lambda x, y: np.asarray(np_fn(x, y)).astype(x.dtype),
                 name="%s" % np.dtype(d).name, rtol=1e-5, atol=1e-5) for d in (C64, C128)]


CASES = {
    "AddV2": binary(np.add, dtypes=(F32, F64, I32, I64)) + _complex_cases(np.add),
    "Add": binary(np.add, dtypes=(F32, I64), shapes=SMALL_SHAPES) + [
        Case([np.array([b"ab", b"c"], dtype=object), np.array(b"x", dtype=object)],
             lambda x, y: np.array([b"abx", b"cx"], dtype=object), name="string")],
    "Sub": binary(np.subtract, dtypes=(F32, F64, I32, I64)) + _complex_cases(np.subtract),
    "Mul": binary(np.multiply, dtypes=(F32, F64, I32, I64)) + _complex_cases(np.multiply),
    "MulNoNan": binary(lambda x, y: np.where(y == 0, 0, x * y), dtypes=(F32, F64), shapes=SMALL_SHAPES) + [
        _fixed(np.array([np.inf, np.nan, 2.0], F32), np.array([0.0, 0.0, 3.0], F32),
               np.array([0.0, 0.0, 6.0], F32), name="zero_y_masks_inf_nan")],
    "RealDiv": binary(np.true_divide, dtypes=(F32, F64), make=nonzero, rtol=1e-5)
    + _complex_cases(np.true_divide, make=nonzero),
    "Div": binary(_trunc_div_ref, dtypes=(F32, F64, I32, I64), make=nonzero, shapes=SMALL_SHAPES, rtol=1e-5)
    + [_fixed(np.array([-7, 7, -7, 7], I32), np.array([3, -3, -3, 3], I32), np.array([-2, -2, 2, 2], I32),
              name="int_truncates")],
    "DivNoNan": binary(lambda x, y: np.where(y == 0, 0, x / np.where(y == 0, 1, y)), dtypes=(F32, F64),
                       shapes=SMALL_SHAPES, rtol=1e-5) + [
        _fixed(np.array([1.0, 0.0, -4.0], F32), np.array([0.0, 0.0, 2.0], F32), np.array([0.0, 0.0, -2.0], F32),
               name="zero_divisor")],
    "FloorDiv": binary(_floor_div, dtypes=(F32, F64, I32, I64), make=nonzero) + [
        _fixed(np.array([-7, 7, -7, 7], I32), np.array([3, -3, -3, 3], I32), np.array([-3, -3, 2, 2], I32),
               name="int_floors")],
    "FloorMod": binary(_floor_remainder, dtypes=(F32, F64, I32, I64), make=nonzero, atol=1e-5) + [
        _fixed(np.array([-7, 7, -7, 7], I32), np.array([3, -3, -3, 3], I32), np.array([2, -2, -1, 1], I32),
               name="sign_of_divisor")],
    "TruncateDiv": binary(_trunc_div_ref, dtypes=(I32, I64), make=nonzero) + [
        Case([np.array([-7.5, 7.5], F32), np.array([2.0, 2.0], F32)], lambda x, y: np.array([-3.0, 3.0], F32),
             name="float")],
    "Mod": binary(_c_remainder, dtypes=(F32, F64, I32, I64), make=nonzero, shapes=SMALL_SHAPES, atol=1e-5),
    "TruncateMod": binary(_c_remainder, dtypes=(F32, I32, I64), make=nonzero, atol=1e-5) + [
        _fixed(np.array([-7, 7, -7, 7], I32), np.array([3, -3, -3, 3], I32), np.array([-1, 1, -1, 1], I32),
               name="sign_of_dividend")],
    "Pow": binary(np.power, dtypes=(F32, F64), make=lambda s, d: arr(s, d, 0.5, 2.0), rtol=1e-5)
    + binary(lambda x, y: np.vectorize(lambda a, b: int(a) ** int(b), otypes=[np.int64])(x, y),
             dtypes=(I32, I64), make=lambda s, d: arr(s, d, 0, 4))
    + [_fixed(np.array([0, 2, -3], I32), np.array([0, 10, 3], I32), np.array([1, 1024, -27], I32),
              name="int_edge"),
       Case([arr((3,), C64, 0.5, 2), arr((3,), C64, 0.5, 2)],
            lambda x, y: np.exp(y * np.log(x)).astype(C64), rtol=1e-4, atol=1e-5, name="complex")],
    "Maximum": binary(np.maximum, dtypes=(F32, F64, I32, I64)) + [
        _fixed(np.array([np.nan, 1.0], F32), np.array([0.0, np.nan], F32), np.array([np.nan, np.nan], F32),
               name="nan")],
    "Minimum": binary(np.minimum, dtypes=(F32, F64, I32, I64)),
    "SquaredDifference": binary(lambda x, y: (x - y) ** 2, dtypes=(F32, F64, I32, I64), rtol=1e-5) + [
        Case([np.array([1 + 2j, 3 - 1j], C64), np.array([0j, 1 + 1j], C64)],
             lambda x, y: np.array([5 + 0j, 8 + 0j], C64), name="complex_abs_squared")],
    "Xdivy": binary(lambda x, y: np.where(x == 0, 0, x / y), dtypes=(F32, F64), make=nonzero,
                    shapes=SMALL_SHAPES, rtol=1e-5) + [
        _fixed(np.array([0.0, 0.0, 3.0], F32), np.array([0.0, np.nan, 2.0], F32), np.array([0.0, 0.0, 1.5], F32),
               name="zero_x")],
    "Xlogy": binary(lambda x, y: np.where(x == 0, 0, x * np.log(y)), dtypes=(F32, F64),
                    make=lambda s, d: arr(s, d, 0.1, 3.0), shapes=SMALL_SHAPES, rtol=1e-5) + [
        _fixed(np.array([0.0, 0.0, 2.0], F64), np.array([0.0, -1.0, np.e], F64), np.array([0.0, 0.0, 2.0], F64),
               name="zero_x")],
    "Atan2": binary(np.arctan2, dtypes=(F32, F64), rtol=1e-5, atol=1e-6),
    "Less": binary(np.less, dtypes=(F32, I32, I64), out_dtype=np.bool_,
                   make=lambda s, d: arr(s, d, -2, 2)),
    "LessEqual": binary(np.less_equal, dtypes=(F32, I32), out_dtype=np.bool_, make=lambda s, d: arr(s, d, -2, 2)),
    "Greater": binary(np.greater, dtypes=(F64, I32), out_dtype=np.bool_, make=lambda s, d: arr(s, d, -2, 2)),
    "GreaterEqual": binary(np.greater_equal, dtypes=(F32, I64), out_dtype=np.bool_,
                           make=lambda s, d: arr(s, d, -2, 2)),
    "Equal": binary(np.equal, dtypes=(F32, I32, np.bool_), out_dtype=np.bool_,
                    make=lambda s, d: arr(s, d, -1, 1)) + [
        Case([np.array([b"a", b"b"], dtype=object), np.array([b"a", b"c"], dtype=object)],
             lambda x, y: np.array([True, False]), name="string"),
        Case([np.array([1 + 1j, 2j], C64), np.array([1 + 1j, 2], C64)], lambda x, y: np.array([True, False]),
             name="complex"),
        Case([np.zeros((2, 3), F32), np.zeros((4,), F32)], lambda x, y: np.array(False),
             {"incompatible_shape_error": False}, name="incompatible_shapes_give_false", unknown=_TF_STATIC),
        Case([np.ones((2, 3), F32), np.ones((3,), F32)], lambda x, y: np.ones((2, 3), bool),
             {"incompatible_shape_error": False}, name="compatible_no_error_attr")],
    "NotEqual": binary(np.not_equal, dtypes=(F32, I32, np.bool_), out_dtype=np.bool_,
                       make=lambda s, d: arr(s, d, -1, 1)) + [
        Case([np.zeros((2, 3), F32), np.zeros((4,), F32)], lambda x, y: np.array(True),
             {"incompatible_shape_error": False}, name="incompatible_shapes_give_true", unknown=_TF_STATIC)],
    "ApproximateEqual": [
        Case([np.array([1.0, 2.0, 3.0], F32), np.array([1.000001, 2.1, 2.9995], F32)],
             lambda x, y: np.array([True, False, True]), {"tolerance": 1e-3}, name="tol_1e-3"),
        Case([arr((2, 3), F64), arr((2, 3), F64)], lambda x, y: np.abs(x - y) < 1e-5, name="default_tol"),
        Case([np.array([5, 7], I32), np.array([6, 7], I32)], lambda x, y: np.array([False, True]),
             {"tolerance": 0.5}, name="int32"),
        Case([np.zeros((0, 2), F32), np.zeros((0, 2), F32)], lambda x, y: np.zeros((0, 2), bool), name="empty"),
    ],
    "LogicalAnd": binary(np.logical_and, dtypes=(np.bool_,), out_dtype=np.bool_),
    "LogicalOr": binary(np.logical_or, dtypes=(np.bool_,), out_dtype=np.bool_),
    "LogicalNot": [Case([arr(s, np.bool_)], np.logical_not, name=str(s)) for s in [(), (5,), (2, 0), (2, 3)]],
    "BitwiseAnd": binary(np.bitwise_and, dtypes=(I32, I64, np.uint8), make=lambda s, d: arr(s, d, 0, 100))
    + [Case([np.array([-1, -8], I32), np.array([7, 12], I32)], lambda x, y: np.array([7, 8], I32),
            name="negative")],
    "BitwiseOr": binary(np.bitwise_or, dtypes=(I32, np.int8), make=lambda s, d: arr(s, d, 0, 100)),
    "BitwiseXor": binary(np.bitwise_xor, dtypes=(I64, np.uint16), make=lambda s, d: arr(s, d, 0, 100)),
    "LeftShift": binary(lambda x, y: (x.astype(np.int64) * (2 ** y.astype(np.int64))).astype(x.dtype),
                        dtypes=(I32, I64), make=lambda s, d: arr(s, d, 0, 5)) + [
        Case([np.array([1, 1, -3, 5], I32), np.array([35, -1, 2, 31], I32)],
             lambda x, y: np.array([-2147483648, 1, -12, -2147483648], I32), name="clamped_amount"),
        Case([np.array([1, 3], np.uint8), np.array([9, 7], np.uint8)], lambda x, y: np.array([128, 128], np.uint8),
             name="uint8")],
    "RightShift": [
        Case([arr(a, d, -40, 40), arr(b, d, 0, 5)], lambda x, y: np.floor(x / (2.0 ** y)).astype(x.dtype),
             name="%s%s%s" % (np.dtype(d).name, a, b))
        for d in (I32, I64) for a, b in [((2, 3), (2, 3)), ((2, 3), (3,)), ((), (4,)), ((0, 2), ())]] + [
        Case([np.array([-16, 16, -1, 7], I32), np.array([2, 40, -1, 1], I32)],
             lambda x, y: np.array([-4, 0, -1, 3], I32), name="clamped_amount")],
    "Invert": [Case([np.array(v, d)], lambda x: (-x.astype(np.int64) - 1).astype(x.dtype) if x.dtype.kind == "i"
                    else (np.iinfo(x.dtype).max - x).astype(x.dtype), name=np.dtype(d).name)
               for v, d in [([0, 5, -6], I32), ([[1, -1]], I64), ([0, 200, 255], np.uint8), ([], np.int16)]],
    "PopulationCount": [Case([np.array(v, d)], lambda x, r=r: np.array(r, np.uint8), name=np.dtype(d).name)
                        for v, d, r in [([0, 5, -1], I32, [0, 2, 32]), ([[7, -128]], np.int8, [[3, 1]]),
                                        ([255, 1], np.uint8, [8, 1]), ([], np.int64, [])]],
    "Cast": [
        Case([np.array([-2.7, 2.7, 0.0, -0.5], F32)], lambda x: np.array([-2, 2, 0, 0], I32),
             {"DstT": dtypes.int32}, name="float_to_int_truncates"),
        Case([arr((2, 3), I32, -100, 100)], lambda x: np.array(x.tolist(), F64), {"DstT": dtypes.float64},
             name="int_to_double"),
        Case([np.array([0.0, 0.5, -1.0], F32)], lambda x: np.array([False, True, True]), {"DstT": dtypes.bool},
             name="float_to_bool"),
        Case([np.array([True, False])], lambda x: np.array([1.0, 0.0], F32), {"DstT": dtypes.float32},
             name="bool_to_float"),
        Case([np.array([1 + 2j, -3 - 1j], C64)], lambda x: np.array([1.0, -3.0], F32), {"DstT": dtypes.float32},
             name="complex_drops_imag"),
        Case([np.array([1.5, -2.0], F32)], lambda x: np.array([1.5 + 0j, -2 + 0j], C128),
             {"DstT": dtypes.complex128}, name="float_to_complex"),
        Case([np.array([1.7, -1.7], F64)], lambda x: np.array([1.7, -1.7], F32),
             {"DstT": dtypes.float32, "Truncate": True}, name="truncate_attr"),
        Case([np.zeros((0, 2), I64)], lambda x: np.zeros((0, 2), F32), {"DstT": dtypes.float32}, name="empty"),
        Case([np.array(3.9, F64)], lambda x: np.array(3, I64), {"DstT": dtypes.int64}, name="scalar"),
    ],
    "ClipByValue": [
        Case([arr((2, 3), d), np.array(-0.5, d), np.array(0.7, d)],
             lambda t, lo, hi: np.array([[min(max(v, lo), hi) for v in row] for row in t.tolist()], t.dtype),
             name="scalar_bounds_%s" % np.dtype(d).name) for d in (F32, F64)
    ] + [
        Case([arr((2, 3), I32, -10, 10), arr((2, 3), I32, -5, 0), arr((2, 3), I32, 1, 5)],
             lambda t, lo, hi: np.where(t < lo, lo, np.where(t > hi, hi, t)), name="elementwise_bounds_int32"),
        Case([arr((), F32), np.array(0.0, F32), np.array(1.0, F32)],
             lambda t, lo, hi: np.array(min(max(float(t), 0.0), 1.0), F32), name="scalar"),
        Case([np.zeros((0, 3), F32), np.array(0.0, F32), np.array(1.0, F32)],
             lambda t, lo, hi: np.zeros((0, 3), F32), name="empty"),
    ],
    "BroadcastGradientArgs": [
        Case([np.array(a, d), np.array(b, d)], _reduction_axes(ra, rb, d),
             name="%s_%s" % (a, b))
        for a, b, ra, rb, d in [
            ([2, 1, 3], [4, 1], [1], [0, 2], I32),
            ([1, 1], [1, 1], [], [], I32),           # equal shapes: nothing to reduce
            ([1, 1, 3], [1, 3], [0, 1], [0, 1], I32),  # dims that are 1 on both sides reduce on both
            ([3, 1], [1], [1], [0, 1], I64),
            ([], [2, 1], [0, 1], [1], I32),
            ([2, 3], [2, 3], [], [], I64),
        ]
    ],
    "Select": [
        Case([arr((2, 3), np.bool_), arr((2, 3)), arr((2, 3))], lambda c, t, e: np.where(c, t, e), name="same"),
        Case([arr((3,), np.bool_), arr((3, 2), I32), arr((3, 2), I32)],
             lambda c, t, e: np.array([t[i] if c[i] else e[i] for i in range(3)]), name="vector_condition"),
        Case([np.array(True), arr((2, 2), F64), arr((2, 2), F64)], lambda c, t, e: t, name="scalar_condition"),
        Case([np.array(False), np.array(1.0, F32), np.array(2.0, F32)], lambda c, t, e: e, name="all_scalars"),
        Case([np.zeros((0, 2), bool), np.zeros((0, 2), F32), np.zeros((0, 2), F32)],
             lambda c, t, e: np.zeros((0, 2), F32), name="empty"),
        Case([arr((2,), np.bool_), np.array([b"a", b"b"], dtype=object), np.array([b"c", b"d"], dtype=object)],
             lambda c, t, e: np.array([t[i] if c[i] else e[i] for i in range(2)], dtype=object), name="string"),
    ],
    "SelectV2": [
        Case([arr((2, 3), np.bool_), arr((2, 3)), arr((2, 3))], lambda c, t, e: np.where(c, t, e), name="same"),
        Case([arr((3,), np.bool_), arr((2, 1), I32), arr((), I32)], lambda c, t, e: np.where(c, t, e),
             name="broadcast_all"),
        Case([arr((4, 1), np.bool_), arr((3,), F64), arr((4, 3), F64)], lambda c, t, e: np.where(c, t, e),
             name="broadcast_condition"),
        Case([np.array(True), arr((0, 2), F32), arr((0, 2), F32)], lambda c, t, e: t, name="empty"),
    ],
    "Where": [
        Case([arr((3, 4), np.bool_)], lambda x: np.array(np.nonzero(x)).T.astype(I64), name="bool_2d"),
        Case([arr((5,), F32, -1, 1).round()], lambda x: np.array(np.nonzero(x)).T.astype(I64), name="float"),
        Case([arr((2, 2, 3), I32, -1, 1)], lambda x: np.array(np.nonzero(x)).T.astype(I64), name="int_3d"),
        Case([np.zeros((0, 3), bool)], lambda x: np.zeros((0, 2), I64), name="empty"),
        Case([np.array([0j, 1j, 2], np.complex64)], lambda x: np.array([[1], [2]], I64), name="complex"),
    ],
    "AddN": [
        Case([[arr((2, 3), F32)]], lambda xs: xs[0], name="one"),
        Case([[arr((2, 3), F64), arr((2, 3), F64), arr((2, 3), F64)]],
             lambda xs: (xs[0] + xs[1]) + xs[2], name="three"),
        Case([[arr((), I32), arr((), I32)]], lambda xs: xs[0] + xs[1], name="scalars_int32"),
        Case([[arr((0, 4), I64), arr((0, 4), I64)]], lambda xs: np.zeros((0, 4), I64), name="empty"),
        Case([[arr((3,), C64), arr((3,), C64)]], lambda xs: xs[0] + xs[1], name="complex"),
    ],
}
