"""Declarations of the broadcasting binary ops (arithmetic, comparisons, logic, bitwise), Cast,
ClipByValue, BroadcastGradientArgs, Select/SelectV2/Where and AddN.

Imported by `math_ops` once its public wrappers exist; the gradients below build their
graphs with those wrappers.
"""

import operator

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import NO_GRADIENT, OpDef, apply_op, register_op
from tensorweave.framework.common_shapes import merge_shapes
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.array_ops import _shape_str
from tensorweave.ops.math_ops import (
    _conj,
    _reshape,
    _static_broadcast_axes,
    _sum,
    _zeros_like,
    add,
    broadcast_gradients,
    cast,
    div_no_nan,
    floordiv,
    greater,
    greater_equal,
    less_equal,
    logical_and,
    multiply,
    negative,
    not_equal,
    pow,
    realdiv,
    reciprocal,
    select,
    select_v2,
    square,
    subtract,
    xdivy,
    xlogy,
)

_convert = _ops.convert_to_tensor
_ALL_NUMERIC = ("bfloat16, half, float, double, uint8, int8, uint16, int16, int32, uint32, uint64, "
                "int64, complex64, complex128")  # (TF's order: error messages list it)
_REAL_NUMERIC = "bfloat16, half, float, double, uint8, uint16, uint32, uint64, int8, int16, int32, int64"
# Some ops list their types in another order in TF, which its error messages show.
_ADD_TYPES = ("bfloat16, half, float, double, uint8, uint16, uint32, uint64, int8, int16, int32, "
              "int64, complex64, complex128")
_SUB_TYPES = ("bfloat16, half, float, double, uint8, int8, uint16, int16, int32, int64, complex64, "
              "complex128, uint32, uint64")
_MINMAX_TYPES = "bfloat16, half, float, double, int8, uint8, int16, uint16, int32, uint32, int64, uint64"
_FLOORMOD_TYPES = "int8, int16, int32, int64, uint8, uint16, uint32, uint64, bfloat16, half, float, double"
_FLOAT_COMPLEX = "bfloat16, half, float, double, complex64, complex128"
_INTS = "int8, int16, int32, int64, uint8, uint16, uint32, uint64"
_CONST_FOLD_LIMIT = 1000  # elements; static evaluation must stay cheap


# ------------------------------------------------------------------ declarations
class _Binary(OpDef):
    """Broadcasting element-wise binary op: `z = f(x, y)`."""

    def shape(self, x, y):
        sx = x._shape
        sy = y._shape
        if sx._dims == sy._dims and sx._dims is not None:  # the common case, without a call
            return sx
        return broadcast_shape(sx, sy)

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        if x is None or np.size(x) > _CONST_FOLD_LIMIT:
            return None
        y = evaluate(op.inputs[1])
        if y is None or np.size(y) > _CONST_FOLD_LIMIT:
            return None
        with np.errstate(all="ignore"):
            return self.kernel(np.asarray(x), np.asarray(y))


def _broadcasts_into(shape, target):
    """Whether an operand of `shape` broadcasts to `target` without enlarging it."""
    n = len(shape)
    if n > len(target):
        return False
    for d, t in zip(shape, target[len(target) - n:]):
        if d != 1 and d != t:
            return False
    return True


def _ufunc_into(ufunc, kinds):
    """`kernel_into` for an op computing `ufunc(x, y)`: the executor may write the result into
    `out` (x or y, a private array; see `runtime/executor.py`) when the result has its shape
    and dtype. Returns None to decline."""
    def kernel_into(self, out, x, y):
        other = y if out is x else x
        dtype = out.dtype
        if dtype.kind not in kinds or getattr(other, "dtype", None) != dtype:
            return None
        shape = other.shape
        if shape != out.shape and not _broadcasts_into(shape, out.shape):
            return None
        ufunc(x, y, out=out)
        return out

    return kernel_into


def _check_int_divisor(x, y, error=errors.InvalidArgumentError):
    # An empty result (an empty x) divides nothing: TF's kernels return before any check.
    if y.dtype.kind in "iu" and np.size(x) != 0 and not np.all(y):
        if error is errors.InternalError:
            # NOTE: TF's truncating div/mod kernels report it in these words.
            raise error(None, None, "Unexpected error in binary operator "
                                    "(only integer div and mod should have errors)")
        raise error(None, None, "Integer division by zero")


@register_op("AddV2", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ADD_TYPES])
class AddV2(_Binary):
    # Operators, not ufuncs: NumPy scalars (0-d values) take the fast scalar path.
    kernel = staticmethod(operator.add)
    kernel_into = _ufunc_into(np.add, "fiuc")
    inplace_inputs = (0, 1)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, grad, skip_equal_shapes=True))


@register_op("Add", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s, string}" % _ADD_TYPES])
class Add(_Binary):
    # Operators, not ufuncs: NumPy scalars (0-d values) take the fast scalar path.
    kernel = staticmethod(operator.add)
    kernel_into = _ufunc_into(np.add, "fiuc")
    inplace_inputs = (0, 1)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, grad, skip_equal_shapes=True))


@register_op("Sub", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _SUB_TYPES])
class Sub(_Binary):
    # Operators, not ufuncs: NumPy scalars (0-d values) take the fast scalar path.
    kernel = staticmethod(operator.sub)
    kernel_into = _ufunc_into(np.subtract, "fiuc")
    inplace_inputs = (0, 1)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, negative(grad), skip_equal_shapes=True))


@register_op("Mul", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class Mul(_Binary):
    # Operators, not ufuncs: NumPy scalars (0-d values) take the fast scalar path.
    kernel = staticmethod(operator.mul)
    kernel_into = _ufunc_into(np.multiply, "fiuc")
    inplace_inputs = (0, 1)

    def grad(self, op, grad):
        x, y = op.inputs
        # NOTE: as in TF, only float32/int32 skip the shape ops when the shapes are equal.
        fast = grad.dtype.base_dtype in (_dtypes.float32, _dtypes.int32)
        if fast and x.shape.is_fully_defined() and \
                x.shape.as_list() == y.shape.as_list() == grad.shape.as_list():
            return [multiply(grad, y), multiply(grad, x)]  # TF's operand order on this path
        return list(broadcast_gradients(op, multiply(grad, _conj(y)), multiply(_conj(x), grad),
                                        skip_equal_shapes=fast))


@register_op("MulNoNan", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT_COMPLEX])
class MulNoNan(_Binary):
    def kernel(self, x, y):
        return np.where(y == 0, np.zeros((), x.dtype), np.multiply(x, y))

    def grad(self, op, grad):
        x, y = op.inputs
        return list(broadcast_gradients(op, apply_op("MulNoNan", [_conj(y), grad], {}),
                                        apply_op("MulNoNan", [_conj(x), grad], {})))


def _div_grads(op, grad):
    x, y = op.inputs
    gx = realdiv(grad, y)
    gy = _mul_op(grad, realdiv(realdiv(negative(_conj(x)), _conj(y)), _conj(y)))
    return list(broadcast_gradients(op, gx, gy))


def _mul_op(a, b):
    """a * b named as TF's Python operator names it (`mul`)."""
    return apply_op("Mul", [a, b], {}, name="mul")


def _public_like(fn_name, t):
    from tensorweave.ops import array_ops

    return getattr(array_ops, fn_name)(t)


@register_op("RealDiv", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class RealDiv(_Binary):
    kernel_into = _ufunc_into(np.true_divide, "fc")  # integer RealDiv has no kernel
    inplace_inputs = (0, 1)

    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            # NOTE: TF declares integer RealDiv but registers no kernel for it (tf.realdiv on
            # ints fails when run); tf.truediv casts integers to floating point first.
            raise errors.InvalidArgumentError(
                None, None, "No OpKernel was registered to support Op 'RealDiv' with these attrs: "
                "[T=DT_%s]" % np.dtype(x.dtype).name.upper())
        return np.true_divide(x, y)

    def grad(self, op, grad):
        return _div_grads(op, grad)


@register_op("Div", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class Div(_Binary):
    """Legacy division: true division for floats, C (truncating) division for integers."""

    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
            return _trunc_div(x, y)
        return np.true_divide(x, y)

    def grad(self, op, grad):
        return _div_grads(op, grad)


@register_op("DivNoNan", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT_COMPLEX])
class DivNoNan(_Binary):
    def kernel(self, x, y):
        safe = np.where(y == 0, np.ones((), y.dtype), y)
        return np.where(y == 0, np.zeros((), x.dtype), np.true_divide(x, safe))

    def grad(self, op, grad):
        x, y = op.inputs
        gx = div_no_nan(grad, y)
        gy = _mul_op(grad, div_no_nan(div_no_nan(negative(_conj(x)), _conj(y)), _conj(y)))  # TF: `grad * ...`
        return list(broadcast_gradients(op, gx, gy))


def _trunc_div(x, y):
    # NOTE: C division truncates toward zero; NumPy's // floors.
    q = np.floor_divide(x, y)
    if x.dtype.kind == "u":
        return q
    fix = (np.remainder(x, y) != 0) & ((x < 0) != (y < 0))
    return (q + fix.astype(q.dtype)).astype(x.dtype, copy=False)


@register_op("FloorDiv", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class FloorDiv(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
        return np.floor_divide(x, y)

    grad = None


@register_op("FloorMod", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOORMOD_TYPES])
class FloorMod(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
            return np.remainder(x, y)
        # C fmod, moved into the divisor's sign: unlike np.remainder, -0.0 % 3.0 stays -0.0.
        r = np.fmod(x, y)
        fix = (r != 0) & ((r < 0) != (y < 0))
        return np.where(fix, r + y, r).astype(r.dtype, copy=False)

    def grad(self, op, grad):
        x, y = op.inputs
        gy = multiply(grad, negative(floordiv(x, y)))
        return list(broadcast_gradients(op, grad, gy))


@register_op("TruncateDiv", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class TruncateDiv(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y, errors.InternalError)  # TF's class for the truncating ops
            return _trunc_div(x, y)
        return np.trunc(np.true_divide(x, y))

    grad = None


class _TruncatedModulo(_Binary):
    # TF registers no gradient for Mod or TruncateMod (LookupError).
    grad = NO_GRADIENT

    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y, errors.InternalError)
        return np.fmod(x, y)


@register_op("Mod", inputs=["x: T", "y: T"], outputs=["z: T"],
             attrs=["T: {int32, int64, float16, half, bfloat16, float, double}"])
class Mod(_TruncatedModulo):
    """Legacy C-style remainder (the sign follows x), kept for imported graphs."""


@register_op("TruncateMod", inputs=["x: T", "y: T"], outputs=["z: T"],
             attrs=["T: {int32, int64, bfloat16, half, float, double}"])
class TruncateMod(_TruncatedModulo):
    pass


@register_op("Pow", inputs=["x: T", "y: T"], outputs=["z: T"],
             attrs=["T: {bfloat16, float, half, double, int8, int16, int32, int64, complex64, complex128}"])
class Pow(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu" and np.any(y < 0):
            raise errors.InvalidArgumentError(None, None, "Integers to negative integer powers are not allowed")
        return np.power(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        z = op.outputs[0]
        # Built as TF's operators and tf.where (v1: Select) build it: mul, sub, Pow, mul_1, ...
        x, y, z = _conj(x), _conj(y), _conj(z)
        gx = _mul_op(_mul_op(grad, y), apply_op("Pow", [x, apply_op(
            "Sub", [y, 1], {}, name="sub")], {}))
        if x.dtype.is_complex:
            mask = not_equal(x, 0)
        else:
            mask = apply_op("Greater", [x, 0], {})
        safe_x = apply_op("Select", [mask, x, _public_like("ones_like", x)], {})
        log_x = apply_op("Select", [mask, apply_op("Log", [safe_x], {}),
                                    _public_like("zeros_like", x)], {})
        gy = _mul_op(_mul_op(grad, z), log_x)
        return list(broadcast_gradients(op, gx, gy))


@register_op("Maximum", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _MINMAX_TYPES])
class Maximum(_Binary):
    kernel_into = _ufunc_into(np.maximum, "fiu")
    inplace_inputs = (0, 1)

    def kernel(self, x, y):
        return np.maximum(x, y)  # NaN propagates, as in TF

    def grad(self, op, grad):
        return _minmax_grad(op, grad, greater_equal)


@register_op("Minimum", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _MINMAX_TYPES])
class Minimum(_Binary):
    kernel_into = _ufunc_into(np.minimum, "fiu")
    inplace_inputs = (0, 1)

    def kernel(self, x, y):
        return np.minimum(x, y)

    def grad(self, op, grad):
        return _minmax_grad(op, grad, less_equal)


def _minmax_grad(op, grad, selector):
    zeros = _public_like("zeros_like", grad)
    x_mask = selector(op.inputs[0], op.inputs[1])
    gx = select_v2(x_mask, grad, zeros)
    gy = select_v2(x_mask, zeros, grad)
    return list(broadcast_gradients(op, gx, gy))


@register_op("SquaredDifference", inputs=["x: T", "y: T"], outputs=["z: T"],
             attrs=["T: {bfloat16, half, float, double, int32, int64, complex64, complex128}"])
class SquaredDifference(_Binary):
    def kernel(self, x, y):
        d = np.subtract(x, y)
        return d * np.conj(d) if d.dtype.kind == "c" else d * d

    def grad(self, op, grad):
        x, y = op.inputs
        with op.graph.control_dependencies([grad]):  # as TF: 2 * grad * (x - y) waits for grad
            two = _convert(2, dtype=grad.dtype.base_dtype, name="scalar")
            scaled = multiply(two, grad)
            d = apply_op("Mul", [scaled, apply_op("Sub", [x, y], {}, name="sub")], {}, name="mul")
        return list(broadcast_gradients(op, d, negative(d), skip_equal_shapes=True))


@register_op("Xdivy", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {half, float, double, complex64, complex128}"])
class Xdivy(_Binary):
    def kernel(self, x, y):
        return np.where(x == 0, np.zeros((), x.dtype), np.true_divide(x, y))

    def grad(self, op, grad):
        x, y = op.inputs
        not_zero = cast(not_equal(x, 0), grad.dtype)
        gx = multiply(xdivy(not_zero, y), grad)
        gy = multiply(xdivy(negative(x), square(y)), grad)
        return reduce_to_inputs(op, gx, gy)


@register_op("Xlogy", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {half, float, double, complex64, complex128}"])
class Xlogy(_Binary):
    def kernel(self, x, y):
        return np.where(x == 0, np.zeros((), x.dtype), x * np.log(y))

    def grad(self, op, grad):
        x, y = op.inputs
        not_zero = cast(not_equal(x, 0), grad.dtype)
        gx = multiply(xlogy(not_zero, y), grad)
        gy = multiply(xdivy(x, y), grad)
        return reduce_to_inputs(op, gx, gy)


def reduce_to_inputs(op, gx, gy):
    """`Reshape(Sum(g, BroadcastGradientArgs(...)), Shape(input))` for both inputs, always: how
    TF reduces the gradients of Xdivy, Xlogy and Xlog1py (no shortcut for equal shapes)."""
    from tensorweave.ops.nn_util import shape_of

    shx, shy = shape_of(op.inputs[0]), shape_of(op.inputs[1])
    rx, ry = apply_op("BroadcastGradientArgs", [shx, shy], {})
    return [_reshape(_sum(gx, rx), shx), _reshape(_sum(gy, ry), shy)]


@register_op("Atan2", inputs=["y: T", "x: T"], outputs=["z: T"], attrs=["T: {bfloat16, half, float, double}"])
class Atan2(_Binary):
    def shape(self, y, x):
        return broadcast_shape(y.shape, x.shape)

    def kernel(self, y, x):
        return np.arctan2(y, x)

    def grad(self, op, grad):
        y, x = op.inputs
        inv = reciprocal(add(square(x), square(y)))
        return list(broadcast_gradients(op, multiply(grad, multiply(x, inv)),
                                        multiply(grad, multiply(negative(y), inv))))


# ----------------------------------------------------------------- comparisons and logic
class _Compare(_Binary):
    grad = None


def _comparison(type_name, fn, types="{realnumbertype}"):
    @register_op(type_name, inputs=["x: T", "y: T"], outputs=["z: bool"], attrs=["T: %s" % types])
    class Compare(_Compare):
        def kernel(self, x, y):
            return fn(x, y)

    Compare.__name__ = Compare.__qualname__ = type_name
    return Compare


Less = _comparison("Less", np.less)
LessEqual = _comparison("LessEqual", np.less_equal)
Greater = _comparison("Greater", np.greater)
GreaterEqual = _comparison("GreaterEqual", np.greater_equal)


class _Equality(_Compare):
    def shape(self, x, y, *, incompatible_shape_error):
        if not incompatible_shape_error:
            return _lenient_broadcast_shape(x.shape, y.shape)
        return broadcast_shape(x.shape, y.shape)

    def _compare(self, x, y, incompatible_shape_error, fn):
        if not incompatible_shape_error:
            try:
                np.broadcast_shapes(np.shape(x), np.shape(y))
            except ValueError:
                return np.array(fn is np.not_equal)
        return fn(x, y)

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        y = None if x is None else evaluate(op.inputs[1])
        if y is None or np.size(x) > _CONST_FOLD_LIMIT or np.size(y) > _CONST_FOLD_LIMIT:
            return None
        return self.kernel(np.asarray(x), np.asarray(y),
                           incompatible_shape_error=op._attrs["incompatible_shape_error"])


def _lenient_broadcast_shape(sx, sy):
    """TF's static shape when incompatible shapes give a scalar instead of an error: a scalar
    for known-incompatible dims, unknown when a known dim meets an unknown one."""
    if sx.ndims is None or sy.ndims is None:
        return TensorShape(None)
    dx, dy = sx.as_list(), sy.as_list()
    n = max(len(dx), len(dy))
    dx, dy = [1] * (n - len(dx)) + dx, [1] * (n - len(dy)) + dy
    out = []
    for a, b in zip(dx, dy):
        if a == 1 or b == 1:
            out.append(b if a == 1 else a)
        elif a is None and b is None:
            out.append(None)
        elif a is None or b is None:
            return TensorShape(None)
        elif a != b:
            return TensorShape([])
        else:
            out.append(a)
    return TensorShape(out)


_EQ_TYPES = ("T: {%s, bool, string, complex64, complex128}" % _REAL_NUMERIC)


@register_op("Equal", inputs=["x: T", "y: T"], outputs=["z: bool"],
             attrs=[_EQ_TYPES, "incompatible_shape_error: bool = true"])
class Equal(_Equality):
    def kernel(self, x, y, *, incompatible_shape_error):
        return self._compare(x, y, incompatible_shape_error, np.equal)


@register_op("NotEqual", inputs=["x: T", "y: T"], outputs=["z: bool"],
             attrs=[_EQ_TYPES, "incompatible_shape_error: bool = true"])
class NotEqual(_Equality):
    def kernel(self, x, y, *, incompatible_shape_error):
        return self._compare(x, y, incompatible_shape_error, np.not_equal)


@register_op("ApproximateEqual", inputs=["x: T", "y: T"], outputs=["z: bool"],
             attrs=["T: {%s}" % _ALL_NUMERIC, "tolerance: float = 1e-05"])
class ApproximateEqual(OpDef):
    def shape(self, x, y):
        if not x.shape.is_compatible_with(y.shape):
            raise ValueError("Shapes %s and %s are incompatible" % (x.shape, y.shape))
        return x.shape.merge_with(y.shape)

    def kernel(self, x, y, *, tolerance):
        return np.abs(np.subtract(x, y)) < tolerance

    grad = None


def _logical(type_name, fn):
    @register_op(type_name, inputs=["x: bool", "y: bool"], outputs=["z: bool"])
    class Logical(_Compare):
        def kernel(self, x, y):
            return fn(x, y)

    Logical.__name__ = Logical.__qualname__ = type_name
    return Logical


LogicalAnd = _logical("LogicalAnd", np.logical_and)
LogicalOr = _logical("LogicalOr", np.logical_or)


@register_op("LogicalNot", inputs=["x: bool"], outputs=["y: bool"])
class LogicalNot(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        return np.logical_not(x)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        return None if x is None else np.logical_not(x)


def _bitwise(type_name, fn):
    @register_op(type_name, inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _INTS])
    class Bitwise(_Compare):
        def kernel(self, x, y):
            return fn(x, y)

    Bitwise.__name__ = Bitwise.__qualname__ = type_name
    return Bitwise


BitwiseAnd = _bitwise("BitwiseAnd", np.bitwise_and)
BitwiseOr = _bitwise("BitwiseOr", np.bitwise_or)
BitwiseXor = _bitwise("BitwiseXor", np.bitwise_xor)


def _shift_amount(x, y):
    bits = x.dtype.itemsize * 8
    return np.clip(y, 0, bits - 1).astype(x.dtype, copy=False)


LeftShift = _bitwise("LeftShift", lambda x, y: np.left_shift(x, _shift_amount(x, y)))
RightShift = _bitwise("RightShift", lambda x, y: np.right_shift(x, _shift_amount(x, y)))


@register_op("Invert", inputs=["x: T"], outputs=["y: T"], attrs=["T: {%s}" % _INTS])
class Invert(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        return np.invert(x)

    grad = None


@register_op("PopulationCount", inputs=["x: T"], outputs=["y: uint8"], attrs=["T: {%s}" % _INTS])
class PopulationCount(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        # Counts the bits of the two's-complement pattern: view as unsigned of the same width.
        bits = np.asarray(x).view(np.dtype("u%d" % np.asarray(x).dtype.itemsize))
        return np.bitwise_count(bits).astype(np.uint8)

    grad = None


# ----------------------------------------------------------------------------- Cast
@register_op("Cast", inputs=["x: SrcT"], outputs=["y: DstT"],
             attrs=["SrcT: type", "DstT: type", "Truncate: bool = false"])
class Cast(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x, *, DstT):
        target = DstT.as_numpy_dtype
        if x.dtype.kind == "c" and np.dtype(target).kind != "c":
            x = x.real
        elif x.dtype == object or np.dtype(target) == object:
            if x.dtype != np.dtype(target):
                raise errors.UnimplementedError(
                    None, None, "Cast %s to %s is not supported" % (_np_name(x.dtype), DstT.name))
        return x.astype(target, copy=False)

    def grad(self, op, grad):
        src = op.inputs[0].dtype.base_dtype
        dst = grad.dtype.base_dtype
        ok = (src.is_floating or src.is_complex) and (dst.is_floating or dst.is_complex)
        return [cast(grad, src) if ok else None]

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        if x is None or np.size(x) > _CONST_FOLD_LIMIT:
            return None
        with np.errstate(all="ignore"):
            return self.kernel(np.asarray(x), DstT=op._attrs["DstT"])


def _np_name(np_dtype):
    return "string" if np_dtype.kind == "O" else np_dtype.name


@register_op("ClipByValue", inputs=["t: T", "clip_value_min: T", "clip_value_max: T"],
             outputs=["output: T"], attrs=["T: {%s}" % _REAL_NUMERIC])
class ClipByValue(OpDef):
    def shape(self, t, clip_value_min, clip_value_max):
        for bound in (clip_value_min, clip_value_max):
            if bound.shape.ndims not in (None, 0) and not bound.shape.is_compatible_with(t.shape):
                raise ValueError("Shapes %s and %s are incompatible" % (bound.shape, t.shape))
        return t.shape

    def kernel(self, t, clip_value_min, clip_value_max):
        return np.minimum(np.maximum(t, clip_value_min), clip_value_max).astype(t.dtype, copy=False)

    def grad(self, op, grad):
        # Below the lower bound the gradient flows to clip_value_min, above the upper bound to
        # clip_value_max, otherwise to t; scalar bounds sum their share.
        t, lo, hi = op.inputs
        zeros = _zeros_like(grad)
        below = apply_op("Less", [t, lo], {})
        above = greater(t, hi)
        g_lo = select_v2(below, grad, zeros)
        g_hi = select_v2(above, grad, zeros)
        g_t = select_v2(apply_op("LogicalOr", [below, above], {}), zeros, grad)
        return [g_t, _clip_bound_grad(g_lo, lo), _clip_bound_grad(g_hi, hi)]


def _clip_bound_grad(g, bound):
    s = bound.shape
    if s.ndims == 0:
        if g.shape.ndims is not None:
            return _sum(g, np.arange(g.shape.ndims, dtype=np.int32))
        return _sum(g, apply_op("Range", [np.int32(0), apply_op("Rank", [g], {}), np.int32(1)], {}))
    return g


@register_op("BroadcastGradientArgs", inputs=["s0: T", "s1: T"], outputs=["r0: T", "r1: T"],
             attrs=["T: {int32, int64} = DT_INT32"])
class BroadcastGradientArgs(OpDef):
    def shape(self, s0, s1):
        return [TensorShape([None]), TensorShape([None])]

    def kernel(self, s0, s1):
        a, b = s0.tolist(), s1.tolist()
        n = max(len(a), len(b))
        pa = [1] * (n - len(a)) + a
        pb = [1] * (n - len(b)) + b
        for da, db in zip(pa, pb):
            if da != db and da != 1 and db != 1:
                raise errors.InvalidArgumentError(
                    None, None, "Incompatible shapes: [%s] vs. [%s]"
                    % (",".join(map(str, a)), ",".join(map(str, b))))
        if a == b:
            # NOTE: TF reduces nothing for equal shapes, even where both dims are 1.
            return [np.zeros((0,), s0.dtype), np.zeros((0,), s0.dtype)]
        ra, rb = _static_broadcast_axes(a, b)
        # NOTE: for differing shapes TF also reduces dimensions where both sides are 1.
        ones = [i for i in range(n) if pa[i] == 1 and pb[i] == 1]
        ra = sorted(set(ra) | set(ones))
        rb = sorted(set(rb) | set(ones))
        return [np.array(ra, s0.dtype), np.array(rb, s0.dtype)]

    grad = None


# ----------------------------------------------------------------------- Select/Where
@register_op("Select", inputs=["condition: bool", "t: T", "e: T"], outputs=["output: T"], attrs=["T: type"])
class Select(OpDef):
    def shape(self, condition, t, e):
        # TF's order: then/else merged, then the condition checked against them.
        out = merge_shapes(t.shape, e.shape)
        c = condition.shape
        if c.ndims is None or out.ndims is None or c.ndims == 0:
            return out
        if c.ndims != 1 or out.ndims == 0:
            return merge_shapes(out, c)
        merge_shapes(c, TensorShape(out.as_list()[:1]))
        return out

    def kernel(self, condition, t, e):
        if condition.ndim == 1 and t.ndim > 1:
            if condition.shape[0] != t.shape[0]:
                raise errors.InvalidArgumentError(None, None, "condition must be a vector of size %d"
                                                  % t.shape[0])
            condition = condition.reshape((-1,) + (1,) * (t.ndim - 1))
        elif condition.ndim and condition.shape != t.shape:
            raise errors.InvalidArgumentError(
                None, None, "'then' and 'else' must have the same size.  but received: %s vs. %s"
                % (list(t.shape), list(e.shape)))
        if t.shape != e.shape:
            raise errors.InvalidArgumentError(
                None, None, "'then' and 'else' must have the same size.  but received: %s vs. %s"
                % (list(t.shape), list(e.shape)))
        return np.where(condition, t, e)

    def grad(self, op, grad):
        c = op.inputs[0]
        zeros = _public_like("zeros_like", op.inputs[1])
        return [None, select(c, grad, zeros), select(c, zeros, grad)]


@register_op("SelectV2", inputs=["condition: bool", "t: T", "e: T"], outputs=["output: T"], attrs=["T: type"])
class SelectV2(OpDef):
    def shape(self, condition, t, e):
        return broadcast_shape(condition.shape, broadcast_shape(t.shape, e.shape))

    def kernel(self, condition, t, e):
        return np.where(condition, t, e)

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(x) for x in op.inputs]
        if any(v is None or np.size(v) > _CONST_FOLD_LIMIT for v in vals):
            return None
        return self.kernel(*(np.asarray(v) for v in vals))

    def grad(self, op, grad):
        from tensorweave.ops.array_creation_ops import zeros as _zeros

        c, t, e = op.inputs
        zeros = _zeros([], dtype=grad.dtype.base_dtype)
        gt = select_v2(c, grad, zeros)
        ge = select_v2(c, zeros, grad)
        z = op.outputs[0]
        return [None, _reduce_to_operand(gt, t, z), _reduce_to_operand(ge, e, z)]


def _reduce_to_operand(grad, x, z):
    """As TF's SelectV2 gradient: `Reshape(Sum(grad, axes, keepdims), Shape(x))` unless x and
    the output z have the same known shape; the axes are constants when the shapes decide
    them (a scalar x: all axes), else from BroadcastGradientArgs."""
    from tensorweave.ops.array_ops import shape as _public_shape

    shx, shz = _public_shape(x), _public_shape(z)
    sx, sz = x.shape, z.shape
    if sx.is_fully_defined() and sz.is_fully_defined() and sx.as_list() == sz.as_list():
        return grad
    axes = _static_reduction_axes(sx, sz)
    if axes is None:
        axes = apply_op("BroadcastGradientArgs", [shx, shz], {})[0]
    else:
        axes = np.array(axes, np.int32)
    return _reshape(_sum(grad, axes, keep_dims=True), shx)


def _static_reduction_axes(sx, sz):
    """The axes of z that x was broadcast along, or None when partly known shapes leave it open."""
    if sx.ndims is None or sz.ndims is None or sx.ndims > sz.ndims:
        return None
    dx, dz = sx.as_list(), sz.as_list()
    lead = len(dz) - len(dx)
    axes = list(range(lead))
    for i, (a, b) in enumerate(zip(dx, dz[lead:])):
        if a is None or (a == 1 and b is None):
            return None
        if a == 1 and b != 1:
            axes.append(lead + i)
    return axes


@register_op("Where", inputs=["input: T"], outputs=["index: int64"],
             attrs=["T: {numbertype, bool} = DT_BOOL"])
class Where(OpDef):
    def shape(self, input):
        n = input.shape.ndims
        return TensorShape([None, n])

    def kernel(self, input):
        if input.ndim == 0:
            raise errors.InvalidArgumentError(None, None, "WhereOp : Unhandled input dimensions: 0")
        return np.argwhere(input).astype(np.int64, copy=False)

    grad = None


@register_op("AddN", inputs=["inputs: N * T"], outputs=["sum: T"],
             attrs=["N: int >= 1", "T: {%s, variant}" % _ALL_NUMERIC])
class AddN(OpDef):
    def shape(self, inputs):
        # As TF: merged from the last input backwards; an error names the input being merged.
        out = inputs[-1].shape
        for i in range(len(inputs) - 2, -1, -1):
            s = inputs[i].shape
            if not s.is_compatible_with(out):
                context = "\n\tFrom merging shape %d with other shapes." % i
                if s.ndims != out.ndims:
                    raise ValueError("Shapes must be equal rank, but are %d and %d%s" % (s.ndims, out.ndims, context))
                j, x, y = next((j, x, y) for j, (x, y) in enumerate(zip(s.as_list(), out.as_list()))
                               if x is not None and y is not None and x != y)
                raise ValueError("Dimension %d in both shapes must be equal, but are %d and %d. Shapes are %s and "
                                 "%s.%s" % (j, x, y, _shape_str(s.as_list()), _shape_str(out.as_list()), context))
            out = s.merge_with(out)
        return out

    def kernel(self, *inputs):
        total = inputs[0]
        for v in inputs[1:]:
            if v.shape != total.shape:
                raise errors.InvalidArgumentError(
                    None, None, "Inputs to operation AddN must have the same size and shape.  "
                    "Input 0: %s != input: %s" % (list(inputs[0].shape), list(v.shape)))
            total = np.add(total, v)
        return total

    def grad(self, op, grad):
        return [grad] * len(op.inputs)

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None or np.size(v) > _CONST_FOLD_LIMIT for v in vals):
            return None
        return self.kernel(*[np.asarray(v) for v in vals])
