"""Element-wise unary math (sqrt, exp, trig, sigmoid, erf, rounding, predicates), the
`*Grad` helper ops TF's gradients use, complex basics and Bitcast."""

import math

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import NO_GRADIENT, OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops as _m

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor

_FLOAT = "bfloat16, half, float, double"
_FLOAT_COMPLEX = "bfloat16, half, float, double, complex64, complex128"
_SIGNED = "bfloat16, half, float, double, int8, int16, int32, int64"
_SIGNED_COMPLEX = _SIGNED + ", complex64, complex128"
_CONST_FOLD_LIMIT = 1000


class _Unary(OpDef):
    """Element-wise `y = f(x)`: output shape is the input's."""

    def shape(self, x):
        return x.shape


class _FoldableUnary(_Unary):
    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        if x is None or np.size(x) > _CONST_FOLD_LIMIT:
            return None
        with np.errstate(all="ignore"):
            return self.kernel(np.asarray(x))


def _unary_op(type_name, types, kernel, grad, foldable=False, out="T"):
    """Declares an element-wise unary op with schema `x: T -> y: T`."""
    base = _FoldableUnary if foldable else _Unary

    @register_op(type_name, inputs=["x: T"], outputs=["y: %s" % out], attrs=["T: {%s}" % types])
    class Unary(base):
        def kernel(self, x):
            return kernel(x)

    if type_name in _GRAD_AFTER_GRAD:
        grad = _after_grad(grad)
    Unary.grad = _m.grad_method(grad)
    Unary.__name__ = Unary.__qualname__ = type_name
    return Unary


# The ops whose TF gradient is built under `control_dependencies([grad])`: its ops that read
# only the forward values (cos(x) in Sin's gradient) wait for the incoming gradient.
_GRAD_AFTER_GRAD = frozenset(("Log", "Log1p", "Expm1", "Sin", "Cos", "Tan", "Asin", "Acos",
                              "Atan", "Sinh", "Cosh", "Asinh", "Acosh", "Atanh", "Lgamma",
                              "Digamma"))  # (and Erf / Erfc, in `_erf_grad`)


def _after_grad(grad_fn):
    def grad(op, g):
        with op.graph.control_dependencies([g]):
            return grad_fn(op, g)

    return grad


def _conj(t):
    return apply_op("Conj", [t], {}) if t.dtype.is_complex else t


def _mul(a, b):
    return apply_op("Mul", [a, b], {})


# NOTE: TF writes most of these gradients with Python operators (`grad * y`), so their ops
# are named `mul`, `add`, `truediv` and `Neg`; the helpers below keep those names.
def _times(a, b):
    return apply_op("Mul", [a, b], {}, name="mul")


def _over(a, b):
    return apply_op("RealDiv", [a, b], {}, name="truediv")


def _minus(t):
    return apply_op("Neg", [t], {})


def _zeros_like_public(t):
    from tensorweave.ops import array_ops

    return array_ops.zeros_like(t)


def _const_like(value, t):
    return _convert(value, dtype=t.dtype.base_dtype)


def _no_grad(op, grad):
    return [None]


# ------------------------------------------------------------------- kernels
def _sigmoid(x):
    if x.dtype.kind == "c":  # the |x| trick below is for real inputs only
        return np.reciprocal(1 + np.exp(-x))
    e = np.exp(-np.abs(x))
    one = np.ones((), x.dtype)
    return np.where(x >= 0, one / (one + e), e / (one + e))


def _reciprocal(x):
    if x.dtype.kind in "iu":
        # NOTE: TF declares integer Reciprocal but registers no CPU kernel for it.
        raise errors.InvalidArgumentError(
            None, None, "No OpKernel was registered to support Op 'Reciprocal' with these attrs: "
            "[T=DT_%s]" % x.dtype.name.upper())
    return np.reciprocal(x)


def _no_kernel_for(type_name, kind_or_dtype, fn):
    """`fn`, except for inputs TF has no CPU kernel for (a dtype kind letter or a dtype)."""
    def kernel(x):
        if x.dtype.kind == kind_or_dtype or x.dtype == kind_or_dtype:
            raise errors.InvalidArgumentError(
                None, None, "No OpKernel was registered to support Op '%s' with these attrs: [T=DT_%s]"
                % (type_name, x.dtype.name.upper()))
        return fn(x)
    return kernel


def _special(name, fallback):
    """A scipy.special function when SciPy is installed, else a slower NumPy fallback.

    NOTE: SciPy is imported on first use, not at import: it costs ~0.2 s of startup."""
    resolved = []

    def call(x):
        if not resolved:
            try:
                import scipy.special as sp

                resolved.append(getattr(sp, name))
            except ImportError:
                resolved.append(fallback)
        return np.asarray(resolved[0](x)).astype(x.dtype, copy=False)

    return call


_math_erf = np.vectorize(math.erf, otypes=[np.float64])
_math_erfc = np.vectorize(math.erfc, otypes=[np.float64])
_math_lgamma = np.vectorize(lambda v: math.lgamma(v) if v > 0 or v != math.floor(v) else math.inf,
                            otypes=[np.float64])


def _digamma_numpy(x):
    x = np.asarray(x, np.float64)
    reflect = x < 0.5
    z = np.where(reflect, 1.0 - x, x)
    acc = np.zeros_like(z)
    while True:
        small = z < 6.0
        if not small.any():
            break
        acc = acc - np.where(small, 1.0 / z, 0.0)
        z = np.where(small, z + 1.0, z)
    inv2 = 1.0 / (z * z)
    series = np.log(z) - 0.5 / z - inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (
        1 / 240 - inv2 / 132))))
    result = acc + series
    with np.errstate(all="ignore"):
        result = np.where(reflect, result - np.pi / np.tan(np.pi * x), result)
        result = np.where((x <= 0) & (x == np.floor(x)), np.nan, result)
    return result


_erf = _special("erf", _math_erf)
_erfc = _special("erfc", _math_erfc)
_lgamma_any = _special("gammaln", _math_lgamma)


def _lgamma(x):
    out = _lgamma_any(x)
    # NOTE: TF gives +inf at -inf (|Gamma| grows without bound); SciPy's gammaln gives -inf.
    return np.where(np.isneginf(x), np.array(np.inf, out.dtype), out)
_digamma_scipy = _special("psi", _digamma_numpy)


def _digamma(x):
    out = _digamma_scipy(x)
    # NOTE: TF gives NaN at the poles (0, -1, -2, ...) where SciPy gives -inf.
    return np.where((x <= 0) & (x == np.floor(x)), np.array(np.nan, x.dtype), out)


# ---------------------------------------------------------------- declarations
Neg = _unary_op("Neg", _SIGNED_COMPLEX, np.negative, lambda op, g: [apply_op("Neg", [g], {})], True)


@register_op("Abs", inputs=["x: T"], outputs=["y: T"], attrs=["T: {%s}" % _SIGNED])
class Abs(_FoldableUnary):
    def kernel(self, x):
        return np.abs(x)

    def grad(self, op, grad):
        return [_times(grad, apply_op("Sign", [op.inputs[0]], {}))]


@register_op("ComplexAbs", inputs=["x: T"], outputs=["y: Tout"],
             attrs=["T: {complex64, complex128} = DT_COMPLEX64", "Tout: {float, double} = DT_FLOAT"])
class ComplexAbs(_Unary):
    def kernel(self, x, *, Tout):
        return np.abs(x).astype(Tout.as_numpy_dtype, copy=False)

    def grad(self, op, grad):
        x, y = op.inputs[0], op.outputs[0]
        cg = apply_op("Complex", [grad, _m._zeros_like(grad)], {"Tout": x.dtype.base_dtype})
        cy = apply_op("Complex", [y, _m._zeros_like(y)], {"Tout": x.dtype.base_dtype})
        return [apply_op("DivNoNan", [_mul(x, cg), cy], {})]


def _square_grad(op, grad):
    # As TF: 2 * x waits for the incoming gradient (a control edge on the constant), and the
    # ops read Mul(x, 2) then Mul(grad, that).
    with op.graph.control_dependencies([grad]):
        x = _conj(op.inputs[0])
        two = _const_like(2, x)
        return [_mul(grad, _mul(x, two))]


Square = _unary_op("Square", _SIGNED_COMPLEX + ", uint8, uint16, uint32, uint64", np.square,
                   _square_grad, True)
Sqrt = _unary_op("Sqrt", _FLOAT_COMPLEX, np.sqrt,
                 lambda op, g: [apply_op("SqrtGrad", [op.outputs[0], g], {})], True)
Rsqrt = _unary_op("Rsqrt", _FLOAT_COMPLEX, lambda x: np.reciprocal(np.sqrt(x)),
                  lambda op, g: [apply_op("RsqrtGrad", [op.outputs[0], g], {})])
Exp = _unary_op("Exp", _FLOAT_COMPLEX, np.exp, lambda op, g: [_times(g, _conj(op.outputs[0]))])
Expm1 = _unary_op("Expm1", _FLOAT_COMPLEX, np.expm1,
                  lambda op, g: [_times(g, apply_op("Exp", [_conj(op.inputs[0])], {}))])
Log = _unary_op("Log", _FLOAT_COMPLEX, np.log,
                lambda op, g: [_times(g, apply_op("Reciprocal", [_conj(op.inputs[0])], {}))])


def _log1p_grad(op, g):
    with name_scope("add") as scope:
        one = _ops.convert_to_tensor(1, dtype=g.dtype.base_dtype, name="x")
        shifted = apply_op("AddV2", [one, _conj(op.inputs[0])], {}, name=scope)
    return [_times(g, apply_op("Reciprocal", [shifted], {}))]


Log1p = _unary_op("Log1p", _FLOAT_COMPLEX, np.log1p, _log1p_grad)
Sign = _unary_op("Sign", _SIGNED_COMPLEX, np.sign,
                 lambda op, g: [_zeros_like_public(op.inputs[0])], True)
Reciprocal = _unary_op("Reciprocal", _FLOAT_COMPLEX + ", int8, int16, int32, int64", _reciprocal,
                       lambda op, g: [apply_op("ReciprocalGrad", [op.outputs[0], g], {})])
Inv = _unary_op("Inv", _FLOAT_COMPLEX + ", int8, int16, int32, int64", _reciprocal,
                lambda op, g: [apply_op("InvGrad", [op.outputs[0], g], {})])


def _cos_of(x):
    return apply_op("Cos", [x], {})


def _sin_of(x):
    return apply_op("Sin", [x], {})


def _recip(t):
    return apply_op("Reciprocal", [t], {})


def _inverse_sqrt_one_minus_sq(x):
    """1 / sqrt(1 - x^2) as TF builds it: Square, Const, Sub, Sqrt, Reciprocal."""
    x2 = apply_op("Square", [x], {})
    one = _const_like(1, x)
    return _recip(apply_op("Sqrt", [apply_op("Sub", [one, x2], {})], {}))


def _one_plus_or_minus_sq_recip(x, op_type):
    x2 = apply_op("Square", [x], {})
    one = _const_like(1, x)
    return _recip(apply_op(op_type, [one, x2], {}, name="Add" if op_type == "AddV2" else None))


Sin = _unary_op("Sin", _FLOAT_COMPLEX, np.sin,
                lambda op, g: [_times(g, _conj(_cos_of(op.inputs[0])))])
Cos = _unary_op("Cos", _FLOAT_COMPLEX, np.cos,
                lambda op, g: [_times(_minus(g), _conj(_sin_of(op.inputs[0])))])
Tan = _unary_op("Tan", _FLOAT_COMPLEX, np.tan,
                lambda op, g: [_times(apply_op("Square", [_recip(_conj(_cos_of(op.inputs[0])))], {}), g)])
Asin = _unary_op("Asin", _FLOAT_COMPLEX, np.arcsin,
                 lambda op, g: [_times(g, _inverse_sqrt_one_minus_sq(_conj(op.inputs[0])))])
Acos = _unary_op("Acos", _FLOAT_COMPLEX, np.arccos,
                 lambda op, g: [_acos_grad(op, g)])


def _acos_grad(op, g):
    inv = _inverse_sqrt_one_minus_sq(_conj(op.inputs[0]))
    return _times(_minus(g), inv)


Atan = _unary_op("Atan", _FLOAT_COMPLEX, np.arctan,
                 lambda op, g: [_times(g, _one_plus_or_minus_sq_recip(_conj(op.inputs[0]), "AddV2"))])
Sinh = _unary_op("Sinh", _FLOAT_COMPLEX, np.sinh,
                 lambda op, g: [_times(g, _conj(apply_op("Cosh", [op.inputs[0]], {})))])
Cosh = _unary_op("Cosh", _FLOAT_COMPLEX, np.cosh,
                 lambda op, g: [_times(g, _conj(apply_op("Sinh", [op.inputs[0]], {})))])
Tanh = _unary_op("Tanh", _FLOAT_COMPLEX, np.tanh,
                 lambda op, g: [apply_op("TanhGrad", [op.outputs[0], g], {})])
Asinh = _unary_op("Asinh", _FLOAT_COMPLEX, np.arcsinh,
                  lambda op, g: [_over(g, apply_op("Cosh", [_conj(op.outputs[0])], {}))])
Acosh = _unary_op("Acosh", _FLOAT_COMPLEX, np.arccosh,
                  lambda op, g: [_over(g, apply_op("Sinh", [_conj(op.outputs[0])], {}))])
Atanh = _unary_op("Atanh", _FLOAT_COMPLEX, np.arctanh,
                  lambda op, g: [_times(g, _one_plus_or_minus_sq_recip(_conj(op.inputs[0]), "Sub"))])
Sigmoid = _unary_op("Sigmoid", _FLOAT_COMPLEX, _sigmoid,
                    lambda op, g: [apply_op("SigmoidGrad", [op.outputs[0], g], {})])


def _erf_grad(op, g, scale=2.0):
    """grad * (scale / sqrt(pi)) * exp(-x^2); Erfc's scale is -2."""
    x = op.inputs[0]
    c = _const_like(scale / math.sqrt(math.pi), g)  # as TF: made before the wait on `g`
    with op.graph.control_dependencies([g]):
        factor = _times(g, c)
        e = apply_op("Exp", [_minus(apply_op("Square", [x], {}))], {})
        return [_times(factor, e)]


Erf = _unary_op("Erf", _FLOAT, _erf, _erf_grad)
Erfc = _unary_op("Erfc", _FLOAT, _erfc, lambda op, g: _erf_grad(op, g, -2.0))
Lgamma = _unary_op("Lgamma", _FLOAT, _lgamma,
                   lambda op, g: [_times(g, apply_op("Digamma", [_conj(op.inputs[0])], {}))])
Digamma = _unary_op("Digamma", _FLOAT, _digamma,
                    lambda op, g: [_times(g, apply_op("Polygamma", [_const_like(1, op.inputs[0]),
                                                                    _conj(op.inputs[0])], {}))])
Floor = _unary_op("Floor", _FLOAT, np.floor, _no_grad, True)
Ceil = _unary_op("Ceil", _FLOAT, np.ceil, _no_grad, True)
Rint = _unary_op("Rint", _FLOAT, _no_kernel_for("Rint", np.float16, np.rint), _no_grad, True)
Round = _unary_op("Round", _SIGNED_COMPLEX, _no_kernel_for("Round", "c", np.round), _no_grad, True)
IsNan = _unary_op("IsNan", _FLOAT, np.isnan, None, out="bool")
IsInf = _unary_op("IsInf", _FLOAT, np.isinf, None, out="bool")
IsFinite = _unary_op("IsFinite", _FLOAT, np.isfinite, None, out="bool")

_SAME_TYPE_LOOPS = {}  # (ufunc, dtype) -> whether the ufunc maps dtype to itself


def _same_type_loop(ufunc, dtype):
    key = (ufunc, dtype)
    same = _SAME_TYPE_LOOPS.get(key)
    if same is None:
        try:
            same = ufunc.resolve_dtypes((dtype, None)) == (dtype, dtype)
        except (AttributeError, TypeError, ValueError):  # NumPy < 1.24 has no resolve_dtypes
            same = False
        same = _SAME_TYPE_LOOPS[key] = bool(same)
    return same


def _computes_into_input(cls, ufunc):
    """Declares `kernel_into`: the executor may write the result into a private input array
    (see `runtime/executor.py`); the values are the kernel's, bit for bit."""
    def kernel_into(self, out, x):
        if not _same_type_loop(ufunc, out.dtype):
            return None
        ufunc(x, out=out)
        return out

    cls.kernel_into = kernel_into
    cls.inplace_inputs = (0,)


for _cls, _ufunc in ((Neg, np.negative), (Square, np.square), (Sqrt, np.sqrt), (Exp, np.exp),
                     (Expm1, np.expm1), (Log, np.log), (Log1p, np.log1p), (Tanh, np.tanh),
                     (Sin, np.sin), (Cos, np.cos), (Floor, np.floor), (Ceil, np.ceil)):
    _computes_into_input(_cls, _ufunc)
del _cls, _ufunc


class _GradOp(OpDef):
    """`z = f(y, dy)` where y is the forward op's output and dy the incoming gradient."""

    def shape(self, y, dy):
        if not y.shape.is_compatible_with(dy.shape):
            raise ValueError("Shapes %s and %s are incompatible" % (y.shape, dy.shape))
        return y.shape.merge_with(dy.shape)


def _grad_op(type_name, kernel, grad):
    @register_op(type_name, inputs=["y: T", "dy: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT_COMPLEX])
    class GradOp(_GradOp):
        def kernel(self, y, dy):
            return kernel(y, dy)

    GradOp.grad = _m.grad_method(grad)
    GradOp.__name__ = GradOp.__qualname__ = type_name
    return GradOp


def _c(value, t):
    return _const_like(value, t)


def _zero_where_no_dy(dy, out):
    """TF's Sqrt/Rsqrt/Reciprocal gradient kernels give exactly 0 where dy is 0 (even where y
    is 0, inf or nan), so a masked-out branch of tf.where does not poison the gradient."""
    return np.where(dy == 0, np.zeros((), out.dtype), out).astype(out.dtype, copy=False)


SigmoidGrad = _grad_op(
    "SigmoidGrad", lambda y, dy: dy * (y * (1 - y)),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), apply_op("Sub", [_c(1, g), _mul(_c(2, g), op.inputs[0])], {})),
                   apply_op("SigmoidGrad", [op.inputs[0], g], {})])
TanhGrad = _grad_op(
    "TanhGrad", lambda y, dy: dy * (1 - y * y),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), _mul(_c(-2, g), op.inputs[0])),
                   apply_op("TanhGrad", [op.inputs[0], g], {})])
SqrtGrad = _grad_op(
    "SqrtGrad", lambda y, dy: _zero_where_no_dy(dy, dy * (0.5 / y).astype(y.dtype, copy=False)),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), _mul(_c(-0.5, g), _recip(apply_op("Square", [op.inputs[0]], {})))),
                   _mul(g, _mul(_c(0.5, g), _recip(op.inputs[0])))])
RsqrtGrad = _grad_op(
    "RsqrtGrad", lambda y, dy: _zero_where_no_dy(dy, dy * (y * y * y) * np.array(-0.5, y.dtype)),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), _mul(_c(-1.5, g), apply_op("Square", [op.inputs[0]], {}))),
                   _mul(g, _mul(_c(-0.5, g), _mul(op.inputs[0], apply_op("Square", [op.inputs[0]], {}))))])
ReciprocalGrad = _grad_op(
    "ReciprocalGrad", lambda y, dy: _zero_where_no_dy(dy, -dy * (y * y)),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), _mul(_c(-2, g), op.inputs[0])),
                   _mul(g, apply_op("Neg", [apply_op("Square", [op.inputs[0]], {})], {}))])
InvGrad = _grad_op(
    "InvGrad", lambda y, dy: _zero_where_no_dy(dy, -dy * (y * y)),
    lambda op, g: [_mul(_mul(g, op.inputs[1]), _mul(_c(-2, g), op.inputs[0])),
                   _mul(g, apply_op("Neg", [apply_op("Square", [op.inputs[0]], {})], {}))])


# --------------------------------------------------------------------- complex
@register_op("Complex", inputs=["real: T", "imag: T"], outputs=["out: Tout"],
             attrs=["T: {float, double} = DT_FLOAT", "Tout: {complex64, complex128} = DT_COMPLEX64"])
class Complex(OpDef):
    def shape(self, real, imag):
        return broadcast_shape(real.shape, imag.shape)

    def kernel(self, real, imag, *, Tout):
        out = np.empty(np.broadcast_shapes(real.shape, imag.shape), Tout.as_numpy_dtype)
        out.real = real
        out.imag = imag
        return out

    def grad(self, op, grad):
        rg = apply_op("Real", [grad], {"Tout": grad.dtype.real_dtype})
        ig = apply_op("Imag", [grad], {"Tout": grad.dtype.real_dtype})
        return list(_m.broadcast_gradients(op, rg, ig))


@register_op("Real", inputs=["input: T"], outputs=["output: Tout"],
             attrs=["T: {complex64, complex128} = DT_COMPLEX64", "Tout: {float, double} = DT_FLOAT"])
class Real(_Unary):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, Tout):
        return np.real(input).astype(Tout.as_numpy_dtype)

    def grad(self, op, grad):
        return [apply_op("Complex", [grad, _m._zeros_like(grad)], {"Tout": op.inputs[0].dtype.base_dtype})]


@register_op("Imag", inputs=["input: T"], outputs=["output: Tout"],
             attrs=["T: {complex64, complex128} = DT_COMPLEX64", "Tout: {float, double} = DT_FLOAT"])
class Imag(_Unary):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, Tout):
        return np.imag(input).astype(Tout.as_numpy_dtype)

    def grad(self, op, grad):
        return [apply_op("Complex", [_m._zeros_like(grad), grad], {"Tout": op.inputs[0].dtype.base_dtype})]


@register_op("Angle", inputs=["input: T"], outputs=["output: Tout"],
             attrs=["T: {complex64, complex128} = DT_COMPLEX64", "Tout: {float, double} = DT_FLOAT"])
class Angle(_Unary):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, Tout):
        return np.angle(input).astype(Tout.as_numpy_dtype)

    def grad(self, op, grad):
        # d angle(z) = Im(dz / z); the real-valued gradient maps to -1/conj(z)... as a complex number
        z = op.inputs[0]
        re = apply_op("Real", [z], {"Tout": grad.dtype})
        im = apply_op("Imag", [z], {"Tout": grad.dtype})
        z_rec = _recip(apply_op("Complex", [im, re], {"Tout": z.dtype.base_dtype}))
        zeros = _m._zeros_like(grad)
        cg = apply_op("Complex", [grad, zeros], {"Tout": z.dtype.base_dtype})
        return [apply_op("Neg", [_mul(cg, z_rec)], {})]


@register_op("Conj", inputs=["input: T"], outputs=["output: T"],
             attrs=["T: {complex64, complex128, variant} = DT_COMPLEX64"])
class Conj(_Unary):
    def shape(self, input):
        return input.shape

    def kernel(self, input):
        return np.conj(input)

    def grad(self, op, grad):
        return [apply_op("Conj", [grad], {})]


@register_op("Bitcast", inputs=["input: T"], outputs=["output: type"],
             attrs=["T: {%s, int64, int32, uint8, uint16, uint32, uint64, int8, int16, complex64, "
                    "complex128, qint8, quint8, qint16, quint16, qint32}" % _FLOAT, "type: {%s, int64, "
                    "int32, uint8, uint16, uint32, uint64, int8, int16, complex64, complex128, qint8, "
                    "quint8, qint16, quint16, qint32}" % _FLOAT])
class Bitcast(OpDef):
    def shape(self, input, *, T, type):
        src, dst = T.size, type.size
        s = input.shape
        if src == dst or s.ndims is None:
            return s if src == dst else TensorShape(None)
        dims = s.as_list()
        if src > dst:
            return TensorShape(dims + [src // dst])
        if not dims:
            raise ValueError("Cannot bitcast from %s to %s: input rank is 0" % (T.name, type.name))
        if dims[-1] is not None and dims[-1] != dst // src:
            raise ValueError("Cannot bitcast from %s to %s: shape %s" % (T.name, type.name, s))
        return TensorShape(dims[:-1])

    def kernel(self, input, *, type):
        src, dst = input.dtype.itemsize, np.dtype(type.as_numpy_dtype).itemsize
        arr = np.ascontiguousarray(input)
        if src == dst:
            return arr.view(type.as_numpy_dtype)
        if src > dst:
            return arr.view(type.as_numpy_dtype).reshape(input.shape + (src // dst,))
        return arr.view(type.as_numpy_dtype).reshape(input.shape[:-1])
    # TF registers no gradient for Bitcast (LookupError).
    grad = NO_GRADIENT


# ============================================================== public functions
def _simple(type_name, *exports):
    def fn(x, name=None):
        return apply_op(type_name, [x], {}, name=name)

    fn.__name__ = exports[0].rpartition(".")[2]
    return tf_export(*exports)(fn)


sqrt = _simple("Sqrt", "math.sqrt", "sqrt")
rsqrt = _simple("Rsqrt", "math.rsqrt", "rsqrt")
exp = _simple("Exp", "math.exp", "exp")
expm1 = _simple("Expm1", "math.expm1", "expm1")
log = _simple("Log", "math.log", "log")
log1p = _simple("Log1p", "math.log1p", "log1p")


@tf_export("math.sign", "sign")
def sign(x, name=None):
    """-1, 0 or 1 by sign; for complex x, x / |x| (0 where x is 0), as DivNoNan like TF."""
    x = _convert(x)
    if x.dtype.is_complex:
        magnitude = apply_op("ComplexAbs", [x], {"Tout": x.dtype.real_dtype})
        return apply_op("DivNoNan", [x, _m.cast(magnitude, x.dtype.base_dtype)], {}, name=name)
    return apply_op("Sign", [x], {}, name=name)


sin = _simple("Sin", "math.sin", "sin")
cos = _simple("Cos", "math.cos", "cos")
tan = _simple("Tan", "math.tan", "tan")
asin = _simple("Asin", "math.asin", "asin")
acos = _simple("Acos", "math.acos", "acos")
atan = _simple("Atan", "math.atan", "atan")
sinh = _simple("Sinh", "math.sinh", "sinh")
cosh = _simple("Cosh", "math.cosh", "cosh")
asinh = _simple("Asinh", "math.asinh", "asinh")
acosh = _simple("Acosh", "math.acosh", "acosh")
atanh = _simple("Atanh", "math.atanh", "atanh")
erf = _simple("Erf", "math.erf", "erf")
erfc = _simple("Erfc", "math.erfc", "erfc")
lgamma = _simple("Lgamma", "math.lgamma", "lgamma")
digamma = _simple("Digamma", "math.digamma", "digamma")
floor = _simple("Floor", "math.floor", "floor")
ceil = _simple("Ceil", "math.ceil", "ceil")
rint = _simple("Rint", "math.rint", "rint")
is_nan = _simple("IsNan", "math.is_nan", "is_nan")
is_inf = _simple("IsInf", "math.is_inf", "is_inf")
is_finite = _simple("IsFinite", "math.is_finite", "is_finite")
tf_export("math.negative", "negative", "math.neg")(_m.negative)
tf_export("math.square", "square")(_m.square)
tf_export("math.reciprocal", "reciprocal")(_m.reciprocal)


@tf_export("math.sigmoid", "sigmoid")
def sigmoid(x, name=None):
    with name_scope(name, "Sigmoid", [x]) as name:
        x = _convert(x, name="x")
        return apply_op("Sigmoid", [x], {}, name=name)


@tf_export("math.tanh", "tanh")
def tanh(x, name=None):
    with name_scope(name, "Tanh", [x]) as name:
        x = _convert(x, name="x")
        return apply_op("Tanh", [x], {}, name=name)


@tf_export("math.abs", "abs")
def abs(x, name=None):
    with name_scope(name, "Abs", [x]) as name:
        x = _convert(x, name="x")
        if x.dtype.is_complex:
            return apply_op("ComplexAbs", [x], {"Tout": x.dtype.real_dtype}, name=name)
        return apply_op("Abs", [x], {}, name=name)


@tf_export("math.round", "round")
def round(x, name=None):
    """Rounds half to even; integers are returned unchanged."""
    x = _convert(x, name="x")
    if x.dtype.is_integer:
        return x
    return apply_op("Round", [x], {}, name=name)


@tf_export("complex", "dtypes.complex")
def complex(real, imag, name=None):
    real = _convert(real, name="real")
    imag = _convert(imag, name="imag")
    in_type = real.dtype.base_dtype
    if in_type is imag.dtype.base_dtype is _dtypes.float32:
        tout = _dtypes.complex64
    elif in_type is imag.dtype.base_dtype is _dtypes.float64:
        tout = _dtypes.complex128
    else:
        raise TypeError("The `real` and `imag` components have incorrect types: %s %s. They must be consistent, "
                        "and one of [tf.float32, tf.float64]" % (real.dtype.name, imag.dtype.name))
    return apply_op("Complex", [real, imag], {"Tout": tout}, name=name)


def _complex_part(type_name, default):
    def fn(input, name=None):
        with name_scope(name, default, [input]) as name:
            input = _convert(input, name="input")
            if input.dtype.is_complex:
                return apply_op(type_name, [input], {"Tout": input.dtype.real_dtype}, name=name)
            from tensorweave.ops.array_creation_ops import ones_like, zeros_like

            if type_name == "Real":
                if input.dtype.base_dtype is _dtypes.bool or input.dtype.base_dtype is _dtypes.string:
                    raise TypeError("input must be a numeric tensor, but got tensor with dtype %s"
                                    % input.dtype.name)
                return input
            if type_name == "Imag":  # as TF: zeros_like ("Imag/zeros_like")
                return zeros_like(input)
            pi = _convert(np.pi, dtype=input.dtype.base_dtype)
            return _m.select(_m.less(input, 0), pi * ones_like(input), zeros_like(input))

    return fn


real = tf_export("math.real", "real")(_complex_part("Real", "Real"))
imag = tf_export("math.imag", "imag")(_complex_part("Imag", "Imag"))
angle = tf_export("math.angle", "angle")(_complex_part("Angle", "Angle"))


@tf_export("math.conj", "conj")
def conj(x, name=None):
    if isinstance(x, Tensor):
        dt = x.dtype
        if dt.is_complex or dt.base_dtype is _dtypes.variant:
            return apply_op("Conj", [x], {}, name=name)
        if dt.is_floating or dt.is_integer:
            return x
        raise TypeError("Expected numeric or variant tensor, got dtype %r" % dt)
    with name_scope(name, "Conj", [x]) as name:
        x = _convert(x, name="x")
        if x.dtype.is_complex:
            return apply_op("Conj", [x], {}, name=name)
        return x


@tf_export("bitcast", "dtypes.bitcast")
def bitcast(input, type, name=None):
    return apply_op("Bitcast", [input], {"type": _dtypes.as_dtype(type)}, name=name)
