"""Element-wise binary math: arithmetic, comparisons, logic, Cast, Select/Where, AddN, and the
Tensor operator overloads.

Unary element-wise ops live in `math_unary_ops`, reductions/scans/segments in
`reduction_ops`, matrix products and linear algebra in `linalg_ops`; all are imported at the
bottom of this module so that importing `math_ops` registers the whole family.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor

_ALL_NUMERIC = ("bfloat16, half, float, double, uint8, uint16, uint32, uint64, int8, int16, int32, "
                "int64, complex64, complex128")
_REAL_NUMERIC = "bfloat16, half, float, double, uint8, uint16, uint32, uint64, int8, int16, int32, int64"
_FLOAT_COMPLEX = "bfloat16, half, float, double, complex64, complex128"
_INTS = "int8, int16, int32, int64, uint8, uint16, uint32, uint64"
_CONST_FOLD_LIMIT = 1000  # elements; static evaluation must stay cheap


# ------------------------------------------------------------------ gradient helpers
def _shape_op(x):
    return apply_op("Shape", [x], {"out_type": _dtypes.int32})


def _reshape(x, shape):
    return apply_op("Reshape", [x, shape], {})


def _sum(x, axes, keep_dims=False):
    return apply_op("Sum", [x, axes], {"keep_dims": keep_dims})


def _static_broadcast_axes(sx, sy):
    """Axes each side must sum over to undo a broadcast of two fully known shapes."""
    n = max(len(sx), len(sy))
    px = [1] * (n - len(sx)) + list(sx)
    py = [1] * (n - len(sy)) + list(sy)
    rx, ry = [], []
    for i, (a, b) in enumerate(zip(px, py)):
        if a == b:
            continue
        if a == 1:
            rx.append(i)
        if b == 1:
            ry.append(i)
    rx.extend(i for i in range(n - len(sx)) if i not in rx)
    ry.extend(i for i in range(n - len(sy)) if i not in ry)
    return sorted(rx), sorted(ry)


def _sum_to(grad, shape, axes):
    """Sums `grad` over static `axes` and reshapes it to the static `shape`."""
    if axes:
        grad = _sum(grad, np.array(axes, np.int32))
    if grad.shape.as_list() != list(shape):
        grad = _reshape(grad, np.array(shape, np.int32))
    return grad


def broadcast_gradients(op, gx, gy):
    """Reduces the gradients of a broadcasting binary op back to each input's shape."""
    x, y = op.inputs[0], op.inputs[1]
    sx, sy = x.shape, y.shape
    if sx.is_fully_defined() and sy.is_fully_defined():
        lx, ly = sx.as_list(), sy.as_list()
        if lx == ly:
            return gx, gy
        rx, ry = _static_broadcast_axes(lx, ly)
        if gx is not None:
            gx = _sum_to(gx, lx, rx)
        if gy is not None:
            gy = _sum_to(gy, ly, ry)
        return gx, gy
    shx, shy = _shape_op(x), _shape_op(y)
    rx, ry = apply_op("BroadcastGradientArgs", [shx, shy], {})
    if gx is not None:
        gx = _reshape(_sum(gx, rx), shx)
    if gy is not None:
        gy = _reshape(_sum(gy, ry), shy)
    return gx, gy


def grad_method(fn):
    """Turns `fn(op, *grads)` into an OpDef `grad` method (None stays None)."""
    if fn is None:
        return None

    def grad(self, op, *grads):
        return fn(op, *grads)

    return grad


def _conj(t):
    return apply_op("Conj", [t], {}) if t.dtype.is_complex else t


def _zeros_like(t):
    return apply_op("ZerosLike", [t], {})


# ------------------------------------------------------------------ declarations
class _Binary(OpDef):
    """Broadcasting element-wise binary op: `z = f(x, y)`."""

    def shape(self, x, y):
        return broadcast_shape(x.shape, y.shape)

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        if x is None or np.size(x) > _CONST_FOLD_LIMIT:
            return None
        y = evaluate(op.inputs[1])
        if y is None or np.size(y) > _CONST_FOLD_LIMIT:
            return None
        with np.errstate(all="ignore"):
            return self.kernel(np.asarray(x), np.asarray(y))


def _check_int_divisor(x, y):
    if y.dtype.kind in "iu" and not np.all(y):
        raise errors.InvalidArgumentError(None, None, "Integer division by zero")


@register_op("AddV2", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class AddV2(_Binary):
    def kernel(self, x, y):
        return np.add(x, y)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, grad))


@register_op("Add", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s, string}" % _ALL_NUMERIC])
class Add(_Binary):
    def kernel(self, x, y):
        return np.add(x, y)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, grad))


@register_op("Sub", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class Sub(_Binary):
    def kernel(self, x, y):
        return np.subtract(x, y)

    def grad(self, op, grad):
        return list(broadcast_gradients(op, grad, negative(grad)))


@register_op("Mul", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class Mul(_Binary):
    def kernel(self, x, y):
        return np.multiply(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        return list(broadcast_gradients(op, multiply(grad, _conj(y)), multiply(_conj(x), grad)))


@register_op("MulNoNan", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _FLOAT_COMPLEX])
class MulNoNan(_Binary):
    def kernel(self, x, y):
        return np.where(y == 0, np.zeros((), x.dtype), np.multiply(x, y))

    def grad(self, op, grad):
        x, y = op.inputs
        return list(broadcast_gradients(op, multiply_no_nan(_conj(y), grad),
                                        multiply_no_nan(_conj(x), grad)))


def _div_grads(op, grad):
    x, y = op.inputs
    gx = realdiv(grad, y)
    gy = multiply(grad, realdiv(realdiv(negative(_conj(x)), _conj(y)), _conj(y)))
    return list(broadcast_gradients(op, gx, gy))


@register_op("RealDiv", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class RealDiv(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
            return _trunc_div(x, y)
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
        gy = multiply(grad, div_no_nan(div_no_nan(negative(_conj(x)), _conj(y)), _conj(y)))
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


@register_op("FloorMod", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _REAL_NUMERIC])
class FloorMod(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
        return np.remainder(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        gy = multiply(grad, negative(floordiv(x, y)))
        return list(broadcast_gradients(op, grad, gy))


@register_op("TruncateDiv", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class TruncateDiv(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
            return _trunc_div(x, y)
        return np.trunc(np.true_divide(x, y))

    grad = None


@register_op("TruncateMod", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _REAL_NUMERIC])
class TruncateMod(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu":
            _check_int_divisor(x, y)
        return np.fmod(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        gy = multiply(grad, negative(truncatediv(x, y)))
        return list(broadcast_gradients(op, grad, gy))


@register_op("Pow", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _ALL_NUMERIC])
class Pow(_Binary):
    def kernel(self, x, y):
        if x.dtype.kind in "iu" and np.any(y < 0):
            raise errors.InvalidArgumentError(None, None, "Integers to negative integer powers are not allowed")
        return np.power(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        z = op.outputs[0]
        gx = multiply(multiply(grad, y), pow(x, subtract(y, 1)))
        if x.dtype.is_complex:
            mask = not_equal(x, 0)
        else:
            mask = greater(x, 0)
        safe_x = select_v2(mask, x, apply_op("OnesLike", [x], {}))
        log_x = select_v2(mask, apply_op("Log", [safe_x], {}), _zeros_like(x))
        gy = multiply(multiply(grad, _conj(z)), _conj(log_x))
        return list(broadcast_gradients(op, gx, gy))


@register_op("Maximum", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _REAL_NUMERIC])
class Maximum(_Binary):
    def kernel(self, x, y):
        return np.maximum(x, y)  # NaN propagates, as in TF

    def grad(self, op, grad):
        x, y = op.inputs
        return _minmax_grad(op, grad, greater_equal(x, y))


@register_op("Minimum", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {%s}" % _REAL_NUMERIC])
class Minimum(_Binary):
    def kernel(self, x, y):
        return np.minimum(x, y)

    def grad(self, op, grad):
        x, y = op.inputs
        return _minmax_grad(op, grad, less_equal(x, y))


def _minmax_grad(op, grad, x_mask):
    zeros = _zeros_like(grad)
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
        two = _convert(2, dtype=grad.dtype.base_dtype)
        d = multiply(multiply(two, grad), subtract(x, y))
        return list(broadcast_gradients(op, d, negative(d)))


@register_op("Xdivy", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {half, float, double, complex64, complex128}"])
class Xdivy(_Binary):
    def kernel(self, x, y):
        return np.where(x == 0, np.zeros((), x.dtype), np.true_divide(x, y))

    def grad(self, op, grad):
        x, y = op.inputs
        not_zero = cast(not_equal(x, 0), grad.dtype)
        gx = multiply(xdivy(not_zero, y), grad)
        gy = multiply(xdivy(negative(x), square(y)), grad)
        return list(broadcast_gradients(op, gx, gy))


@register_op("Xlogy", inputs=["x: T", "y: T"], outputs=["z: T"], attrs=["T: {half, float, double, complex64, complex128}"])
class Xlogy(_Binary):
    def kernel(self, x, y):
        return np.where(x == 0, np.zeros((), x.dtype), x * np.log(y))

    def grad(self, op, grad):
        x, y = op.inputs
        not_zero = cast(not_equal(x, 0), grad.dtype)
        gx = multiply(xlogy(not_zero, y), grad)
        gy = multiply(xdivy(x, y), grad)
        return list(broadcast_gradients(op, gx, gy))


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


def _comparison(type_name, fn, types="{%s}" % _REAL_NUMERIC):
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
            try:
                return broadcast_shape(x.shape, y.shape)
            except ValueError:
                return TensorShape(None)
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


# ----------------------------------------------------------------------------- Cast
@register_op("Cast", inputs=["x: SrcT"], outputs=["y: DstT"],
             attrs=["SrcT: type", "DstT: type", "Truncate: bool = false"])
class Cast(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x, *, DstT):  # noqa: N803  (TF's attr name)
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
    return "string" if np_dtype == object else np_dtype.name


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
        t, lo, hi = op.inputs
        zeros = _zeros_like(grad)
        inside = logical_and(greater_equal(t, lo), less_equal(t, hi))
        return [select_v2(inside, grad, zeros), None, None]


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
        ra, rb = _static_broadcast_axes(a, b)
        # NOTE: TF also reduces dimensions where both sides are 1; harmless to include.
        ones = [i for i in range(n) if pa[i] == 1 and pb[i] == 1]
        ra = sorted(set(ra) | set(ones))
        rb = sorted(set(rb) | set(ones))
        return [np.array(ra, s0.dtype), np.array(rb, s0.dtype)]

    grad = None


# ----------------------------------------------------------------------- Select/Where
@register_op("Select", inputs=["condition: bool", "t: T", "e: T"], outputs=["output: T"], attrs=["T: type"])
class Select(OpDef):
    def shape(self, condition, t, e):
        if not t.shape.is_compatible_with(e.shape):
            raise ValueError("Shapes %s and %s are incompatible" % (t.shape, e.shape))
        out = t.shape.merge_with(e.shape)
        c = condition.shape
        if c.ndims is not None and out.ndims is not None:
            if c.ndims == 1 and out.ndims > 1:
                if not TensorShape(c.as_list()[:1]).is_compatible_with(TensorShape(out.as_list()[:1])):
                    raise ValueError("Dimension 0 in both shapes must be equal, but are %s and %s"
                                     % (c.as_list()[0], out.as_list()[0]))
            elif c.ndims != 0 or out.ndims == 0:
                if not c.is_compatible_with(out):
                    raise ValueError("Shapes must be equal rank, but are %d and %d" % (c.ndims, out.ndims)
                                     if c.ndims != out.ndims else
                                     "Shapes %s and %s are incompatible" % (c, out))
                out = out.merge_with(c)
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
        zeros = _zeros_like(op.inputs[1])
        return [None, select(c, grad, zeros), select(c, zeros, grad)]


@register_op("SelectV2", inputs=["condition: bool", "t: T", "e: T"], outputs=["output: T"], attrs=["T: type"])
class SelectV2(OpDef):
    def shape(self, condition, t, e):
        return broadcast_shape(condition.shape, broadcast_shape(t.shape, e.shape))

    def kernel(self, condition, t, e):
        return np.where(condition, t, e)

    def grad(self, op, grad):
        c, t, e = op.inputs
        zeros = _zeros_like(grad)
        gt = select_v2(c, grad, zeros)
        ge = select_v2(c, zeros, grad)
        return [None, _reduce_like(gt, t), _reduce_like(ge, e)]


def _reduce_like(grad, x):
    """Sums a broadcast gradient back to the shape of `x`."""
    sx, sg = x.shape, grad.shape
    if sx.is_fully_defined() and sg.is_fully_defined():
        lx, lg = sx.as_list(), sg.as_list()
        if lx == lg:
            return grad
        rx, _ = _static_broadcast_axes(lx, lg)
        return _sum_to(grad, lx, rx)
    shx = _shape_op(x)
    rx, _ = apply_op("BroadcastGradientArgs", [shx, _shape_op(grad)], {})
    return _reshape(_sum(grad, rx), shx)


@register_op("Where", inputs=["input: T"], outputs=["index: int64"],
             attrs=["T: {%s, bool, complex64, complex128} = DT_BOOL" % _REAL_NUMERIC])
class Where(OpDef):
    def shape(self, input):
        n = input.shape.ndims
        return TensorShape([None, n])

    def kernel(self, input):
        return np.argwhere(input).astype(np.int64, copy=False)

    grad = None


@register_op("AddN", inputs=["inputs: N * T"], outputs=["sum: T"],
             attrs=["N: int >= 1", "T: {%s, variant}" % _ALL_NUMERIC])
class AddN(OpDef):
    def shape(self, inputs):
        out = inputs[0].shape
        for t in inputs[1:]:
            if not out.is_compatible_with(t.shape):
                raise ValueError("Shapes must be equal rank, but are %s and %s" % (out.ndims, t.shape.ndims)
                                 if out.ndims != t.shape.ndims else
                                 "Shapes %s and %s are incompatible" % (out, t.shape))
            out = out.merge_with(t.shape)
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


# ============================================================== public functions
def _binary_fn(type_name):
    def fn(x, y, name=None):
        return apply_op(type_name, [x, y], {}, name=name)

    return fn


@tf_export("math.add", "add")
def add(x, y, name=None):
    """x + y element-wise (op AddV2; Add for strings)."""
    if not isinstance(y, Tensor):
        if isinstance(x, Tensor):
            y = _convert(y, preferred_dtype=x.dtype.base_dtype, name="y")
    if isinstance(x, Tensor) and x.dtype.base_dtype is _dtypes.string:
        return apply_op("Add", [x, y], {}, name=name or "Add")
    return apply_op("AddV2", [x, y], {}, name=name or "Add")


subtract = tf_export("math.subtract", "subtract")(_binary_fn("Sub"))
multiply = tf_export("math.multiply", "multiply")(_binary_fn("Mul"))
realdiv = tf_export("realdiv", "math.realdiv")(_binary_fn("RealDiv"))
floor_div = tf_export("floor_div", "math.floor_div")(_binary_fn("FloorDiv"))
floormod = tf_export("floormod", "math.floormod", "mod", "math.mod")(_binary_fn("FloorMod"))
truncatediv = tf_export("truncatediv", "math.truncatediv")(_binary_fn("TruncateDiv"))
truncatemod = tf_export("truncatemod", "math.truncatemod")(_binary_fn("TruncateMod"))
maximum = tf_export("math.maximum", "maximum")(_binary_fn("Maximum"))
minimum = tf_export("math.minimum", "minimum")(_binary_fn("Minimum"))
squared_difference = tf_export("math.squared_difference", "squared_difference")(
    _binary_fn("SquaredDifference"))
multiply_no_nan = tf_export("math.multiply_no_nan")(_binary_fn("MulNoNan"))
xdivy = tf_export("math.xdivy")(_binary_fn("Xdivy"))
xlogy = tf_export("math.xlogy")(_binary_fn("Xlogy"))
atan2 = tf_export("math.atan2", "atan2")(_binary_fn("Atan2"))
less = tf_export("math.less", "less")(_binary_fn("Less"))
less_equal = tf_export("math.less_equal", "less_equal")(_binary_fn("LessEqual"))
greater = tf_export("math.greater", "greater")(_binary_fn("Greater"))
greater_equal = tf_export("math.greater_equal", "greater_equal")(_binary_fn("GreaterEqual"))
logical_and = tf_export("math.logical_and", "logical_and")(_binary_fn("LogicalAnd"))
logical_or = tf_export("math.logical_or", "logical_or")(_binary_fn("LogicalOr"))
bitwise_and = tf_export("bitwise.bitwise_and")(_binary_fn("BitwiseAnd"))
bitwise_or = tf_export("bitwise.bitwise_or")(_binary_fn("BitwiseOr"))
bitwise_xor = tf_export("bitwise.bitwise_xor")(_binary_fn("BitwiseXor"))
left_shift = tf_export("bitwise.left_shift")(_binary_fn("LeftShift"))
right_shift = tf_export("bitwise.right_shift")(_binary_fn("RightShift"))


@tf_export("bitwise.invert")
def invert(x, name=None):
    return apply_op("Invert", [x], {}, name=name)


for _f, _n in ((subtract, "subtract"), (multiply, "multiply"), (maximum, "maximum"), (less, "less")):
    _f.__name__ = _n


@tf_export("math.equal", "equal")
def equal(x, y, name=None):
    return apply_op("Equal", [x, y], {}, name=name)


@tf_export("math.not_equal", "not_equal")
def not_equal(x, y, name=None):
    return apply_op("NotEqual", [x, y], {}, name=name)


@tf_export("math.approximate_equal", "approximate_equal")
def approximate_equal(x, y, tolerance=1e-05, name=None):
    return apply_op("ApproximateEqual", [x, y], {"tolerance": float(tolerance)}, name=name)


@tf_export("math.logical_not", "logical_not")
def logical_not(x, name=None):
    return apply_op("LogicalNot", [x], {}, name=name)


@tf_export("math.logical_xor", "logical_xor")
def logical_xor(x, y, name="LogicalXor"):
    """(x | y) & ~(x & y), built from primitives as TF does."""
    return logical_and(logical_or(x, y), logical_not(logical_and(x, y)), name=name)


@tf_export("math.negative", "negative")
def negative(x, name=None):
    return apply_op("Neg", [x], {}, name=name)


@tf_export("math.square", "square")
def square(x, name=None):
    return apply_op("Square", [x], {}, name=name)


@tf_export("math.reciprocal", "reciprocal")
def reciprocal(x, name=None):
    return apply_op("Reciprocal", [x], {}, name=name)


_TRUEDIV_TABLE = {
    _dtypes.uint8: _dtypes.float32, _dtypes.int8: _dtypes.float32, _dtypes.uint16: _dtypes.float32,
    _dtypes.int16: _dtypes.float32, _dtypes.uint32: _dtypes.float64, _dtypes.uint64: _dtypes.float64,
    _dtypes.int32: _dtypes.float64, _dtypes.int64: _dtypes.float64,
    _dtypes.bfloat16: None, _dtypes.float16: None, _dtypes.float32: None, _dtypes.float64: None,
    _dtypes.complex64: None, _dtypes.complex128: None,
}


def _truediv_impl(x, y, name, default_name="truediv"):
    with name_scope(name, default_name, [x, y]) as name:
        x = _convert(x, name="x")
        y = _convert(y, preferred_dtype=x.dtype.base_dtype, name="y")
        xd, yd = x.dtype.base_dtype, y.dtype.base_dtype
        if xd != yd:
            raise TypeError("`x` and `y` must have the same dtype, got %r != %r." % (xd, yd))
        try:
            dtype = _TRUEDIV_TABLE[xd]
        except KeyError:
            raise TypeError("Invalid dtype %r in __truediv__" % xd) from None
        if dtype is not None:
            x = cast(x, dtype)
            y = cast(y, dtype)
        return apply_op("RealDiv", [x, y], {}, name=name)


@tf_export("math.truediv", "truediv")
def truediv(x, y, name=None):
    """x / y with integers first cast to floating point (int32 -> float64)."""
    return _truediv_impl(x, y, name)


@tf_export("math.divide", "divide")
def divide(x, y, name=None):
    if name is not None:
        return _truediv_impl(x, y, name)
    if not isinstance(x, Tensor):
        x = _convert(x, dtype=y.dtype.base_dtype if isinstance(y, Tensor) else None)
    return x / y


@tf_export("div", "math.div")
def div(x, y, name=None):
    """TF1 division: floor division for integers, true division for floats."""
    with name_scope(name, "div", [x, y]) as name:
        x = _convert(x, name="x")
        y = _convert(y, dtype=x.dtype.base_dtype, name="y")
        if x.dtype.is_floating or x.dtype.is_complex:
            return apply_op("RealDiv", [x, y], {}, name=name)
        return apply_op("FloorDiv", [x, y], {}, name=name)


@tf_export("math.floordiv", "floordiv")
def floordiv(x, y, name=None):
    with name_scope(name, "floordiv", [x, y]) as name:
        return apply_op("FloorDiv", [x, y], {}, name=name)


@tf_export("math.divide_no_nan", "div_no_nan")
def div_no_nan(x, y, name=None):
    with name_scope(name, "div_no_nan", [x, y]) as name:
        x = _convert(x, name="x")
        y = _convert(y, name="y", dtype=x.dtype.base_dtype)
        return apply_op("DivNoNan", [x, y], {}, name=name)


@tf_export("math.pow", "pow")
def pow(x, y, name=None):  # noqa: A001  (TF's public name)
    with name_scope(name, "Pow", [x]) as name:
        return apply_op("Pow", [x, y], {}, name=name)


@tf_export("math.scalar_mul", "scalar_mul")
def scalar_mul(scalar, x, name=None):
    base = x.dtype.base_dtype if isinstance(x, Tensor) else None
    scalar = _convert(scalar, dtype=base, name="scalar")
    if scalar.shape.ndims not in (None, 0):
        raise ValueError("Only scalar multiply works, got shape %s" % scalar.shape)
    with name_scope(name, "scalar_mul", [scalar, x]):
        return multiply(scalar, x, name=name)


@tf_export("cast", "dtypes.cast")
def cast(x, dtype, name=None):
    """Casts `x` to `dtype`; returns `x` itself when it already has that dtype."""
    base = _dtypes.as_dtype(dtype).base_dtype
    if isinstance(x, Tensor) and x.dtype.base_dtype is base:
        return x
    with name_scope(name, "Cast", [x]) as name:
        if hasattr(x, "indices") and hasattr(x, "values") and hasattr(x, "dense_shape"):
            values = cast(x.values, base, name=name)
            return type(x)(x.indices, values, x.dense_shape)
        x = _convert(x, name="x")
        if x.dtype.base_dtype is not base:
            x = apply_op("Cast", [x], {"DstT": base, "Truncate": False}, name=name)
        return x


def _cast_alias(dtype, default_name):
    def fn(x, name=default_name):
        return cast(x, dtype, name=name)

    fn.__name__ = default_name
    return fn


to_float = tf_export("to_float")(_cast_alias(_dtypes.float32, "ToFloat"))
to_double = tf_export("to_double")(_cast_alias(_dtypes.float64, "ToDouble"))
to_int32 = tf_export("to_int32")(_cast_alias(_dtypes.int32, "ToInt32"))
to_int64 = tf_export("to_int64")(_cast_alias(_dtypes.int64, "ToInt64"))
to_bfloat16 = tf_export("to_bfloat16")(_cast_alias(_dtypes.bfloat16, "ToBFloat16"))
to_complex64 = tf_export("to_complex64")(_cast_alias(_dtypes.complex64, "ToComplex64"))
to_complex128 = tf_export("to_complex128")(_cast_alias(_dtypes.complex128, "ToComplex128"))


def _clamp_limit(limit, in_dtype, toward):
    """`limit` as the nearest in_dtype value that lies inside the target range."""
    np_in = in_dtype.as_numpy_dtype
    v = np.array(limit).astype(np_in)
    if in_dtype.is_floating:
        if (float(v) > limit and toward < 0) or (float(v) < limit and toward > 0):
            v = np.nextafter(v, np.array(toward * np.inf, np_in))
    return v


@tf_export("saturate_cast", "dtypes.saturate_cast")
def saturate_cast(value, dtype, name=None):
    """Casts with clamping to the target range instead of wrapping."""
    with name_scope(name, "saturate_cast", [value]) as name:
        value = _convert(value, name="value")
        dtype = _dtypes.as_dtype(dtype).base_dtype
        in_dtype = value.dtype.base_dtype
        if in_dtype.is_complex:
            if dtype.is_complex:
                real = saturate_cast(apply_op("Real", [value], {"Tout": in_dtype.real_dtype}),
                                     dtype.real_dtype)
                imag = saturate_cast(apply_op("Imag", [value], {"Tout": in_dtype.real_dtype}),
                                     dtype.real_dtype)
                value = apply_op("Complex", [real, imag], {"Tout": dtype})
            else:
                value = apply_op("Real", [value], {"Tout": in_dtype.real_dtype})
            in_dtype = value.dtype.base_dtype
        if not in_dtype.is_bool and not dtype.is_bool and in_dtype is not dtype:
            in_min, in_max = in_dtype.limits if hasattr(in_dtype, "limits") else (in_dtype.min, in_dtype.max)
            out_min, out_max = dtype.min, dtype.max
            if float(in_min) < float(out_min) or float(in_max) > float(out_max):
                lo = _clamp_limit(max(out_min, in_min), in_dtype, +1)
                hi = _clamp_limit(min(out_max, in_max), in_dtype, -1)
                value = apply_op("ClipByValue", [value, _convert(lo), _convert(hi)], {}, name="clamp")
        return cast(value, dtype, name=name)


@tf_export("math.add_n", "add_n")
def add_n(inputs, name=None):
    """Sums a list of tensors of one shape and dtype."""
    if not inputs or not isinstance(inputs, (list, tuple)):
        raise ValueError("inputs must be a list of at least one Tensor/IndexedSlices with the same "
                         "dtype and shape")
    inputs = [_ops.convert_to_tensor_or_indexed_slices(t) for t in inputs]
    if not all(isinstance(t, Tensor) for t in inputs):
        raise TypeError("inputs must be a list of at least one Tensor/IndexedSlices with the same "
                        "dtype and shape.")
    if len(inputs) == 1:
        if name:
            return apply_op("Identity", [inputs[0]], {}, name=name)
        return inputs[0]
    return apply_op("AddN", [list(inputs)], {}, name=name)


@tf_export("math.accumulate_n", "accumulate_n")
def accumulate_n(inputs, shape=None, tensor_dtype=None, name=None):
    """Like add_n; the shape and dtype hints are checked."""
    if not inputs or not isinstance(inputs, (list, tuple)):
        raise ValueError("inputs must be a list of at least one Tensor with the same dtype and shape")
    inputs = [_convert(t) for t in inputs]
    if not all(t.dtype.base_dtype == inputs[0].dtype.base_dtype for t in inputs):
        raise ValueError("inputs must be a list of at least one Tensor with the same dtype and shape")
    if shape is not None:
        shape = TensorShape(shape)
        for t in inputs:
            if not t.shape.is_compatible_with(shape):
                raise ValueError("Shape of inputs %s does not match the shape argument %s" % (t.shape, shape))
    if tensor_dtype is not None and _dtypes.as_dtype(tensor_dtype) != inputs[0].dtype.base_dtype:
        raise TypeError("tensor_dtype is {}, but input is of type {}".format(
            _dtypes.as_dtype(tensor_dtype), inputs[0].dtype))
    return add_n(inputs, name=name)


@tf_export("where")
def where(condition, x=None, y=None, name=None):
    """TF1 where: the int64 [N, rank] indices of true elements, or Select(condition, x, y)."""
    if x is None and y is None:
        with name_scope(name, "Where", [condition]) as name:
            condition = _convert(condition, preferred_dtype=_dtypes.bool, name="condition")
            return apply_op("Where", [condition], {}, name=name)
    if x is not None and y is not None:
        return select(condition, x, y, name=name)
    raise ValueError("x and y must both be non-None or both be None.")


@tf_export("where_v2")
def where_v2(condition, x=None, y=None, name=None):
    if x is None and y is None:
        with name_scope(name, "Where", [condition]) as name:
            condition = _convert(condition, preferred_dtype=_dtypes.bool, name="condition")
            return apply_op("Where", [condition], {}, name=name)
    if x is not None and y is not None:
        return select_v2(condition, x, y, name=name)
    raise ValueError("x and y must both be non-None or both be None.")


def _select_inputs(x, y):
    if not isinstance(x, Tensor) and isinstance(y, Tensor):
        x = _convert(x, dtype=y.dtype.base_dtype)
    elif isinstance(x, Tensor) and not isinstance(y, Tensor):
        y = _convert(y, dtype=x.dtype.base_dtype)
    return x, y


def select(condition, x, y, name=None):
    x, y = _select_inputs(x, y)
    return apply_op("Select", [condition, x, y], {}, name=name)


def select_v2(condition, x, y, name=None):
    x, y = _select_inputs(x, y)
    return apply_op("SelectV2", [condition, x, y], {}, name=name)


tf_export("math.select", "select")(select)
tf_export("math.select_v2")(select_v2)


@tf_export("clip_by_value")
def clip_by_value(t, clip_value_min, clip_value_max, name=None):
    """min(max(t, lo), hi), built from Minimum and Maximum as TF does."""
    with name_scope(name, "clip_by_value", [t, clip_value_min, clip_value_max]) as name:
        t = _convert(t, name="t")
        result = maximum(minimum(t, clip_value_max), clip_value_min, name=name)
        if not result.shape.is_compatible_with(t.shape):
            raise ValueError("Incompatible shapes: %s vs. %s" % (result.shape, t.shape))
        return result


# ======================================================== Tensor operator overloads
def _binary_operator(op_name, func):
    r_name = "__r%s__" % op_name

    def forward(x, y):
        with name_scope(None, op_name, [x, y]) as name:
            try:
                if not isinstance(y, Tensor):
                    y = _convert(y, preferred_dtype=x.dtype.base_dtype, name="y")
                return func(x, y, name=name)
            except (TypeError, ValueError) as err:
                r_op = getattr(type(y), r_name, None)
                if r_op is None or isinstance(y, (Tensor, int, float, complex, bool, np.generic,
                                                  np.ndarray, list, tuple)):
                    raise
                try:
                    out = r_op(y, x)
                except (TypeError, ValueError):
                    raise err from None
                if out is NotImplemented:
                    raise
                return out

    def reflected(y, x):
        with name_scope(None, op_name, [x, y]) as name:
            x = _convert(x, dtype=y.dtype.base_dtype, name="x")
            return func(x, y, name=name)

    forward.__name__ = "__%s__" % op_name
    reflected.__name__ = r_name
    return forward, reflected


def _add_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.string:
        return apply_op("Add", [x, y], {}, name=name)
    return apply_op("AddV2", [x, y], {}, name=name)


def _and_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalAnd", [x, y], {}, name=name)
    return apply_op("BitwiseAnd", [x, y], {}, name=name)


def _or_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalOr", [x, y], {}, name=name)
    return apply_op("BitwiseOr", [x, y], {}, name=name)


def _xor_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return logical_xor(x, y, name=name)
    return apply_op("BitwiseXor", [x, y], {}, name=name)


def _invert_operator(x):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalNot", [x], {})
    return apply_op("Invert", [x], {})


def _matmul_operator(x, y, name):
    from tensorweave.ops.linalg_ops import matmul

    return matmul(x, y, name=name)


def _install_operators():
    table = [
        ("add", _add_operator),
        ("sub", subtract),
        ("mul", multiply),
        ("truediv", truediv),
        ("floordiv", floordiv),
        ("mod", floormod),
        ("pow", pow),
        ("matmul", _matmul_operator),
        ("and", _and_operator),
        ("or", _or_operator),
        ("xor", _xor_operator),
    ]
    for op_name, func in table:
        fwd, rev = _binary_operator(op_name, func)
        Tensor._override_operator("__%s__" % op_name, fwd)
        Tensor._override_operator("__r%s__" % op_name, rev)
    Tensor._override_operator("__lt__", less)
    Tensor._override_operator("__le__", less_equal)
    Tensor._override_operator("__gt__", greater)
    Tensor._override_operator("__ge__", greater_equal)
    Tensor._override_operator("__neg__", lambda x: apply_op("Neg", [x], {}))
    Tensor._override_operator("__abs__", lambda x: _abs(x))
    Tensor._override_operator("__invert__", _invert_operator)


def _abs(x):
    from tensorweave.ops.math_unary_ops import abs as abs_fn

    return abs_fn(x)


_install_operators()

# The rest of the family registers with this module (they import names from it).
from tensorweave.ops import math_unary_ops  # noqa: E402,F401
from tensorweave.ops import reduction_ops  # noqa: E402,F401
from tensorweave.ops import linalg_ops  # noqa: E402,F401
