"""Element-wise binary math: arithmetic, comparisons, logic, Cast, Select/Where, AddN, and the
Tensor operator overloads.

Unary element-wise ops live in `math_unary_ops`, reductions/scans/segments in
`reduction_ops`, matrix products and linear algebra in `linalg_ops`; all are imported at the
bottom of this module so that importing `math_ops` registers the whole family.
"""

import collections.abc

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import _REGISTRY as _OP_DEFS
from tensorweave.framework.op_def import _create as _create_op
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor

_ALL_NUMERIC = ("bfloat16, half, float, double, uint8, int8, uint16, int16, int32, uint32, uint64, "
                "int64, complex64, complex128")  # (TF's order: error messages list it)
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


_ABSENT = object()  # an axis the smaller-rank side of a broadcast does not have


def _broadcast_reductions(sx, sy):
    """The axes x and y each sum over to undo their broadcast, decided from static shapes
    as TF's SmartBroadcastGradientArgs does, or None when that needs the run-time shapes
    (unknown rank, or an unknown dim facing a dim other than 1)."""
    if sx.ndims is None or sy.ndims is None:
        return None
    dx, dy = sx.as_list(), sy.as_list()
    n = max(len(dx), len(dy))
    px = [_ABSENT] * (n - len(dx)) + dx
    py = [_ABSENT] * (n - len(dy)) + dy
    rx, ry = [], []
    for i, (a, b) in enumerate(zip(px, py)):
        if a is _ABSENT:
            rx.append(i)
        elif b is _ABSENT:
            ry.append(i)
        elif a == 1 and b == 1:
            continue
        elif a == 1:
            rx.append(i)
        elif b == 1:
            ry.append(i)
        elif a is None or b is None:
            return None
    return rx, ry


def broadcast_gradients(op, gx, gy, skip_equal_shapes=False):
    """Reduces the gradients of a broadcasting binary op back to each input's shape.

    Built as TF builds it, so that the ops get TF's names: the input shapes `Shape` and
    `Shape_1` (constants when static), then for each side that was broadcast
    `Reshape(Sum(g, axes), shape)`, the axes static where the shapes decide them, else from
    a BroadcastGradientArgs op (both sides reduced). `skip_equal_shapes` (Add, Sub, Mul,
    SquaredDifference) returns the gradients untouched when both shapes are fully known
    and equal.
    """
    from tensorweave.ops.nn_util import shape_of

    x, y = op.inputs[0], op.inputs[1]
    sx, sy = x.shape, y.shape
    if skip_equal_shapes and sx.is_fully_defined() and sy.is_fully_defined() and \
            sx.as_list() == sy.as_list():
        return gx, gy
    shx = shape_of(x)
    shy = shape_of(y)
    static = _broadcast_reductions(sx, sy)
    # NOTE: TF 2.21 sums with keep_dims=True before the Reshape (the Sum's static shape keeps
    # the reduced axes as 1s).
    if static is None:
        rx, ry = apply_op("BroadcastGradientArgs", [shx, shy], {})
        if gx is not None:
            gx = _reshape(_sum(gx, rx, keep_dims=True), shx)
        if gy is not None:
            gy = _reshape(_sum(gy, ry, keep_dims=True), shy)
        return gx, gy
    rx, ry = static
    if gx is not None and rx:
        gx = _reshape(_sum(gx, np.array(rx, np.int32), keep_dims=True), shx)
    if gy is not None and ry:
        gy = _reshape(_sum(gy, np.array(ry, np.int32), keep_dims=True), shy)
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


# ============================================================== public functions
def _binary_fn(type_name):
    def fn(x, y, name=None):
        return apply_op(type_name, [x, y], {}, name=name)

    return fn


@tf_export("math.add", "add")
def add(x, y, name=None):
    """x + y element-wise (op AddV2; Add for strings)."""
    if type(x) is _ops.Tensor and type(y) is _ops.Tensor and x._dtype is not _dtypes.string \
            and name != "":  # (name_scope("") goes to the top level)
        # Fast path, same names: the op reserves "Add" exactly as the name scope would. This is
        # apply_op("AddV2", ...) without its lookups, tf.add being among the most built ops.
        return _create_op(_OP_DEFS["AddV2"], "AddV2", [x, y], {}, name or "Add", None)._outputs[0]
    with name_scope(name, "Add", [x]) as name:
        x = _convert(x, name="x")
        y = _convert(y, preferred_dtype=x.dtype.base_dtype, name="y")
        if x.dtype.base_dtype is _dtypes.string:
            return apply_op("Add", [x, y], {}, name=name)
        return apply_op("AddV2", [x, y], {}, name=name)


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


@tf_export("math.multiply_no_nan")
def multiply_no_nan(x, y, name=None):
    """x * y, but 0 where y is 0 even when x is inf or nan."""
    with name_scope(name, "multiply_no_nan", [x, y]) as name:
        x = _convert(x, name="x")
        y = _convert(y, name="y", dtype=x.dtype.base_dtype)
        if x.dtype.base_dtype != y.dtype.base_dtype:
            raise TypeError("`x` and `y` must have the same dtype, got %r != %r"
                            % (x.dtype.base_dtype, y.dtype.base_dtype))
        return apply_op("MulNoNan", [x, y], {}, name=name)


@tf_export("math.xdivy")
def xdivy(x, y, name=None):
    with name_scope(name, "xdivy", [x]):
        return apply_op("Xdivy", [x, y], {})


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
            raise TypeError("Invalid dtype %r in __truediv__. Expected one of {%s}." % (xd, ", ".join(
                "tf." + n for n in ("uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64",
                                    "int64", "bfloat16", "float16", "float32", "float64",
                                    "complex64", "complex128")))) from None
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
        dtype = _TRUEDIV_TABLE.get(x.dtype.base_dtype)
        if dtype is not None:  # integers divide as floating point, as in truediv
            x, y = cast(x, dtype), cast(y, dtype)
        return apply_op("DivNoNan", [x, y], {}, name=name)


@tf_export("math.pow", "pow")
def pow(x, y, name=None):
    with name_scope(name, "Pow", [x]) as name:
        return apply_op("Pow", [x, y], {}, name=name)


@tf_export("math.scalar_mul", "scalar_mul")
def scalar_mul(scalar, x, name=None):
    base = x.dtype.base_dtype if isinstance(x, Tensor) else None
    scalar = _convert(scalar, dtype=base, name="scalar")
    if scalar.shape.ndims not in (None, 0):
        raise ValueError("Only scalar multiply works, got shape %s" % scalar.shape)
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
                return cast(apply_op("Complex", [real, imag], {"Tout": dtype}), dtype, name=name)
            else:
                value = apply_op("Real", [value], {"Tout": in_dtype.real_dtype})
            in_dtype = value.dtype.base_dtype
        # As TF 2.x: the clamp is applied even when the ranges nest (so +-inf become the finite
        # extremes); bool and string have no range, and asking for it raises TypeError.
        in_min, in_max = in_dtype.min, in_dtype.max
        out_min, out_max = dtype.real_dtype.min, dtype.real_dtype.max
        lo = _clamp_limit(max(out_min, in_min), in_dtype, +1)
        hi = _clamp_limit(min(out_max, in_max), in_dtype, -1)
        value = apply_op("ClipByValue", [value, _convert(lo), _convert(hi)], {}, name="clamp")
        return cast(value, dtype, name=name)


@tf_export("math.add_n", "add_n")
def add_n(inputs, name=None):
    """Sums a list of tensors of one shape and dtype."""
    if not inputs or not isinstance(inputs, collections.abc.Iterable):
        raise ValueError("Inputs must be an iterable of at least one Tensor/IndexedSlices with the same "
                         "dtype and shape.")
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
    shape = TensorShape(shape)
    for t in inputs:  # as TF: merged in order, so a mismatch names the shapes merged so far
        shape = shape.merge_with(t.shape)
    if tensor_dtype is not None and _dtypes.as_dtype(tensor_dtype) != inputs[0].dtype.base_dtype:
        raise TypeError(f"tensor_dtype is {_dtypes.as_dtype(tensor_dtype)}, but input is of type {inputs[0].dtype}")
    return add_n(inputs, name=name)


@tf_export("where")
def where(condition, x=None, y=None, name=None):
    """TF1 where: the int64 [N, rank] indices of true elements, or Select(condition, x, y)."""
    if x is None and y is None:
        with name_scope(name, "Where", [condition]) as name:
            condition = _convert(condition, preferred_dtype=_dtypes.bool, name="condition")
            return apply_op("Where", [condition], {}, name=name)
    if x is not None and y is not None:
        # As TF: a plain Select op, converting its own inputs ("Select/e" for a constant y).
        return apply_op("Select", [condition, x, y], {}, name=name)
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
# Operators whose TF implementation hands the right operand to the op as it is: a value that
# does not convert to the left operand's dtype gets the op's own conversion error.
_RAW_RIGHT_OPERAND = frozenset(["sub", "mul", "floordiv", "mod", "pow", "and", "or", "xor"])
# Operators whose function converts a non-tensor right operand itself (tf.matmul names it "b").
_OWN_CONVERSION = frozenset(["matmul"])


def _binary_operator(op_name, func):
    r_name = "__r%s__" % op_name
    raw_right = op_name in _RAW_RIGHT_OPERAND

    def forward(x, y):
        with name_scope(None, op_name, [x, y]) as name:
            try:
                if not isinstance(y, Tensor) and op_name not in _OWN_CONVERSION:
                    if raw_right and op_name == "mul" and x.dtype.base_dtype is _dtypes.bool:
                        return func(x, y, name=name)  # TF casts the raw value to int32
                    if raw_right:
                        try:
                            y = _convert(y, dtype=x.dtype.base_dtype, name="y")
                        except (TypeError, ValueError):
                            return func(x, y, name=name)  # raises the op's conversion error
                    else:
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
    # Python's arity errors (`pow(t, 2, 3)`) name the function as TF's wrappers are named.
    forward.__qualname__ = "override_binary_operator_helper.<locals>.binary_op_wrapper"
    reflected.__qualname__ = "override_binary_operator_helper.<locals>.r_binary_op_wrapper"
    return forward, reflected


def _add_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.string:
        return apply_op("Add", [x, y], {}, name=name)
    return apply_op("AddV2", [x, y], {}, name=name)


def _and_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalAnd", [x, y], {}, name=name)
    return apply_op("BitwiseAnd", [x, y], {})  # named "and/BitwiseAnd", as in TF


def _or_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalOr", [x, y], {}, name=name)
    return apply_op("BitwiseOr", [x, y], {})


def _xor_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool:
        return logical_xor(x, y, name=name)
    return apply_op("BitwiseXor", [x, y], {})


def _invert_operator(x):
    if x.dtype.base_dtype is _dtypes.bool:
        return apply_op("LogicalNot", [x], {})
    return apply_op("Invert", [x], {})


def _mul_operator(x, y, name):
    if x.dtype.base_dtype is _dtypes.bool or (isinstance(y, Tensor) and y.dtype.base_dtype is _dtypes.bool):
        # TF multiplies bools as int32 and casts the product back (ops Cast, Cast_1, Mul, Cast_2)
        to_int = {"DstT": _dtypes.int32, "Truncate": False}
        x = apply_op("Cast", [x], dict(to_int))
        y = apply_op("Cast", [y], dict(to_int))
        product = multiply(x, y, name=name)
        return apply_op("Cast", [product], {"DstT": _dtypes.bool, "Truncate": False})
    return multiply(x, y, name=name)


def _matmul_operator(x, y, name):
    from tensorweave.ops.linalg_ops import matmul

    return matmul(x, y, name=name)


def _install_operators():
    table = [
        ("add", _add_operator),
        ("sub", subtract),
        ("mul", _mul_operator),
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

# The op declarations and the rest of the family (they import names from this module).
# NOTE: order matters: math_binary_ops first, the others use its classes.
# isort: off
from tensorweave.ops.math_binary_ops import _Binary, _trunc_div  # noqa: E402,F401
from tensorweave.ops import math_unary_ops  # noqa: E402,F401
from tensorweave.ops import reduction_ops  # noqa: E402,F401
from tensorweave.ops import linalg_ops  # noqa: E402,F401
from tensorweave.ops import math_extra_ops  # noqa: E402,F401
# isort: on
