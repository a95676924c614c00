"""Array ops, part 3: creation (Fill, zeros/ones and their _like forms, Range, LinSpace), Tile,
BroadcastTo."""

import builtins

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.array_ops import (
    _RANGE_TYPES,
    _UNKNOWN,
    Tensor,
    _const_int,
    _const_ints,
    _contains_tensor,
    _dims,
    _invalid,
    _shape_str,
    _to_tensor,
    apply,
    constant,
)

# ==================================================================== fill
_SMALL_CONSTANT = 1000


@register_op("Fill", inputs=["dims: index_type", "value: T"], outputs=["output: T"],
             attrs=["T: type", "index_type: {int32, int64} = DT_INT32"])
class Fill(OpDef):
    def shape(self, dims, value):
        vd = _dims(value)
        if vd is not None and len(vd) != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % len(vd))
        dd = _dims(dims)
        if dd is not None and len(dd) != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % len(dd))
        s = tensor_util.constant_value_as_shape(dims)
        v = _const_ints(dims)
        if v is not None:
            for i, x in enumerate(v):
                if x < 0:
                    raise ValueError("Fill dimensions must be >= 0")
        return s

    def kernel(self, dims, value):
        shape_ = [int(d) for d in np.reshape(dims, [-1])]
        for i, d in enumerate(shape_):
            if d < 0:
                raise _invalid("dims[%d] = %d must be nonnegative." % (i, d))
        if np.ndim(value) != 0:
            raise _invalid("value must be a scalar, got shape %s" % _shape_str(np.shape(value)))
        return np.full(shape_, value, dtype=value.dtype)

    def grad(self, op, grad):
        return [None, apply_op("Sum", [grad, apply_op("Range", [0, apply_op("Rank", [grad], {}), 1], {})],
                               {"keep_dims": False})]

    def constant_value(self, op, tensor, evaluate):
        dims = evaluate(op.inputs[0])
        value = evaluate(op.inputs[1])
        if dims is None or value is None or int(np.prod(dims)) > _SMALL_CONSTANT:
            return None
        return self.kernel(np.asarray(dims), np.asarray(value, tensor.dtype.as_numpy_dtype))


@tf_export("fill")
def fill(dims, value, name=None):
    return apply("Fill", [dims, value], {}, name=name)


def _zero_of(dtype):
    if dtype.is_bool:
        return False
    if dtype is _dtypes.string:
        return ""
    return 0


def _small_float_dims(shape_):
    try:
        return all(isinstance(d, (int, float, np.number)) for d in shape_) \
            and float(np.prod(shape_)) < _SMALL_CONSTANT
    except TypeError:
        return False


def _filled(shape_, dtype, value, name, default_name):
    dtype = _dtypes.as_dtype(dtype).base_dtype
    with name_scope(name, default_name, [shape_] if type(shape_) is Tensor else None) as scope:
        if type(shape_) is not Tensor:
            if isinstance(shape_, TensorShape) or not _contains_tensor(shape_):
                try:
                    dims = TensorShape(shape_)
                except TypeError:
                    # NOTE: TF makes a small zeros/ones as a constant whose shape is read with
                    # int(), so float dims truncate there; a large one needs an int32 shape.
                    if not _small_float_dims(shape_):
                        raise
                    dims = TensorShape([int(d) for d in shape_])
                if dims.is_fully_defined():
                    n = dims.num_elements()
                    if n < _SMALL_CONSTANT:
                        arr = np.full(dims.as_list(), value, dtype=dtype.as_numpy_dtype
                                      if dtype is not _dtypes.string else object)
                        if dtype is _dtypes.string:
                            arr[...] = value.encode() if isinstance(value, str) else value
                        return constant(arr, dtype=dtype, name=scope)
                    int64 = any(d >= 2 ** 31 for d in dims.as_list())
                    shape_ = constant(dims.as_list(), dtype=_dtypes.int64 if int64 else _dtypes.int32,
                                      name="shape_as_tensor")
                elif not isinstance(shape_, TensorShape):
                    # NOTE: as TF, a list holding None or an unknown Dimension fails to convert
                    # (TypeError); only a partially known TensorShape gives the ValueError.
                    raise TypeError(f"{default_name}: cannot use an unknown dimension in the shape "
                                    f"{dims}; expected int32 values.")
                else:
                    raise ValueError("Cannot convert a partially known TensorShape %s to a Tensor." % dims)
            else:
                shape_ = _to_tensor(shape_, dtype=_dtypes.int32)
        if shape_.shape.ndims == 0:
            shape_ = apply_op("Reshape", [shape_, [-1]], {})
        v = constant(value, dtype=dtype, name="Const")
        return apply_op("Fill", [shape_, v], {}, name=scope)


@tf_export("zeros")
def zeros(shape, dtype=_dtypes.float32, name=None):
    dtype = _dtypes.as_dtype(dtype).base_dtype
    return _filled(shape, dtype, _zero_of(dtype), name, "zeros")


@tf_export("ones")
def ones(shape, dtype=_dtypes.float32, name=None):
    dtype = _dtypes.as_dtype(dtype).base_dtype
    return _filled(shape, dtype, True if dtype.is_bool else 1, name, "ones")


@register_op("ZerosLike", inputs=["x: T"], outputs=["y: T"], attrs=["T: type"])
class ZerosLike(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        if x.dtype == object:
            return np.full(x.shape, b"", dtype=object)
        return np.zeros_like(x)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        d = _dims(op.inputs[0])
        if d is None or None in d or int(np.prod(d)) > _SMALL_CONSTANT:
            return None
        return np.zeros(d, dtype=tensor.dtype.as_numpy_dtype)


@register_op("OnesLike", inputs=["x: T"], outputs=["y: T"], attrs=["T: type"])
class OnesLike(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        return np.ones_like(x)

    grad = None


@tf_export("zeros_like")
def zeros_like(tensor, dtype=None, name=None, optimize=True):
    with name_scope(name, "zeros_like", [tensor]) as scope:
        tensor = _to_tensor(tensor, name="tensor")
        if optimize and _fully_defined(tensor) and tensor.dtype.base_dtype is not _dtypes.variant:
            return zeros(tensor.shape, dtype=dtype or tensor.dtype, name=scope)
        if dtype is not None and _dtypes.as_dtype(dtype).base_dtype is not tensor.dtype.base_dtype:
            return zeros(_shape_internal(tensor, optimize), dtype=dtype, name=scope)
        return apply_op("ZerosLike", [tensor], {}, name=scope)


def _fully_defined(t):
    d = _dims(t)
    return d is not None and None not in d


@tf_export("ones_like")
def ones_like(tensor, dtype=None, name=None, optimize=True):
    with name_scope(name, "ones_like", [tensor]) as scope:
        tensor = _to_tensor(tensor, name="tensor")
        s = _shape_internal(tensor, optimize)
        dtype = _dtypes.as_dtype(dtype or tensor.dtype).base_dtype
        out = ones(s, dtype=dtype, name=scope)
        out.set_shape(tensor.shape)
        return out


def _shape_internal(tensor, optimize=True):
    """The shape of `tensor` as TF's internal helper builds it (out_type left to TF's choice)."""
    with name_scope(None, "Shape", [tensor]) as scope:
        d = _dims(tensor)
        if optimize and d is not None and None not in d:
            big = any(x >= 2 ** 31 for x in d)
            return constant(list(d), dtype=_dtypes.int64 if big else _dtypes.int32, name="shape_as_tensor")
        return apply_op("Shape", [tensor], {}, name=scope)


# =================================================================== range
@register_op("Range", inputs=["start: Tidx", "limit: Tidx", "delta: Tidx"], outputs=["output: Tidx"],
             attrs=["Tidx: %s = DT_INT32" % _RANGE_TYPES])
class Range(OpDef):
    def shape(self, start, limit, delta):
        for t, n in ((start, "start"), (limit, "limit"), (delta, "delta")):
            d = _dims(t)
            if d is not None and len(d) != 0:
                raise ValueError("Shape must be rank 0 but is rank %d" % len(d))
        vals = [tensor_util.constant_value(t) for t in (start, limit, delta)]
        if any(v is None for v in vals):
            return TensorShape([None])
        start_, limit_, delta_ = (np.asarray(v).item() for v in vals)
        if delta_ == 0:
            raise ValueError("Requires delta != 0")
        return TensorShape([self._size(start_, limit_, delta_, start.dtype.is_integer, ValueError)])

    @staticmethod
    def _size(start, limit, delta, integer, err):
        if delta == 0:
            raise err("Requires delta != 0: %s" % delta)
        if delta > 0 and start > limit:
            raise err("Requires start <= limit when delta > 0: %s/%s" % (start, limit))
        if delta < 0 and start < limit:
            raise err("Requires start >= limit when delta < 0: %s/%s" % (start, limit))
        if integer:
            return (abs(limit - start) + abs(delta) - 1) // abs(delta)
        return int(np.ceil(abs((limit - start) / delta)))

    def kernel(self, start, limit, delta):
        for v, n in ((start, "start"), (limit, "limit"), (delta, "delta")):
            if np.ndim(v) != 0:
                raise _invalid("%s must be a scalar, not shape %s" % (n, _shape_str(np.shape(v))))
        dt = start.dtype
        integer = np.issubdtype(dt, np.integer)
        s, l, d = start.item(), limit.item(), delta.item()
        n = self._size(s, l, d, integer, _invalid)
        idx = np.arange(n, dtype=np.int64 if integer else dt)
        return (start + idx.astype(dt) * delta).astype(dt, copy=False)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None for v in vals):
            return None
        dt = tensor.dtype.as_numpy_dtype
        return self.kernel(*[np.asarray(v, dt) for v in vals])


_RANGE_HIERARCHY = [_dtypes.int32, _dtypes.int64, _dtypes.float32, _dtypes.float64]


@tf_export("range")
def range(start, limit=None, delta=1, dtype=None, name="range"):
    if limit is None:
        start, limit = 0, start
    with name_scope(name, "Range", [start, limit, delta]) as scope:
        if dtype is not None:
            dtype = _dtypes.as_dtype(dtype)
        args = []
        for v, n in ((start, "start"), (limit, "limit"), (delta, "delta")):
            if type(v) is not Tensor:
                v = _to_tensor(v, dtype=dtype, name=n)
            args.append(v)
        if dtype is None:
            for a in args:
                if a.dtype.base_dtype not in _RANGE_HIERARCHY:
                    raise TypeError("Range only supports int32, int64, float32 and float64 when the "
                                    "dtype is inferred, got %s" % a.dtype.name)
            dtype = max((a.dtype.base_dtype for a in args), key=_RANGE_HIERARCHY.index)
        args = [a if a.dtype.base_dtype is dtype else
                apply_op("Cast", [a], {"DstT": dtype, "Truncate": False}, name="Cast") for a in args]
        return apply_op("Range", args, {}, name=scope)


def _range_conversion(value, dtype=None, name=None, as_ref=False):
    # A Python range converts to a Range op (named "Range" unless a name is given).
    return range(value.start, value.stop, value.step, dtype=dtype, name=name)


_ops.register_tensor_conversion_function(builtins.range, _range_conversion, 100)


@register_op("LinSpace", inputs=["start: T", "stop: T", "num: Tidx"], outputs=["output: T"],
             attrs=["T: {bfloat16, half, float, double}", "Tidx: {int32, int64} = DT_INT32"])
class LinSpace(OpDef):
    def shape(self, start, stop, num):
        for t in (start, stop, num):
            d = _dims(t)
            if d is not None and len(d) != 0:
                raise ValueError("Shape must be rank 0 but is rank %d" % len(d))
        n = _const_int(num)
        if n is not None and n <= 0:
            raise ValueError("Requires num > 0: %d" % n)
        return TensorShape([n])

    def kernel(self, start, stop, num):
        n = int(num)
        if n <= 0:
            raise _invalid("Requires num > 0: %d" % n)
        dt = start.dtype
        if n == 1:
            return np.array([start], dtype=dt)
        step = ((stop - start) / dt.type(n - 1)).astype(dt)
        out = (start + np.arange(n, dtype=dt) * step).astype(dt, copy=False)
        out[-1] = stop
        return out

    grad = None

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None for v in vals):
            return None
        dt = tensor.dtype.as_numpy_dtype
        return self.kernel(np.asarray(vals[0], dt), np.asarray(vals[1], dt), vals[2])


@tf_export("linspace", "lin_space")
def linspace(start, stop, num, name=None, axis=0):
    """`num` evenly spaced values from `start` to `stop` along a new `axis` (TF 2.x semantics:
    start/stop broadcast, integers give float64, num = 0 gives an empty tensor).

    The interior points are start + delta * k; start and stop are concatenated around them and
    a final Slice keeps `num` values, which also covers num = 0 and 1.
    """
    from tensorweave.ops import math_ops as _m
    from tensorweave.ops.array_ops import concat, expand_dims, reshape, shape as _shape

    with name_scope(name, "linspace", [start, stop]):
        start = _to_tensor(start, name="start")
        stop = _to_tensor(stop, name="stop", dtype=start.dtype)
        num = _to_tensor(num, name="num")
        if not num.dtype.is_integer:
            raise TypeError("Argument `tensor` (name: num) must be of type integer. Received `tensor` "
                            "= %s of dtype: <dtype: '%s'>" % (num, num.dtype.name))
        static = broadcast_static_shape(start.shape, stop.shape)
        both = apply_op("BroadcastArgs", [_shape(start), _shape(stop)], {})
        start = apply_op("BroadcastTo", [start, both], {})
        stop = apply_op("BroadcastTo", [stop, both], {})
        first = expand_dims(start, axis)
        last = expand_dims(stop, axis)
        first_shape = _shape(first)
        ndims = apply_op("Size", [first_shape], {"out_type": _dtypes.int32})
        axis_t = _m.select_v2(axis >= 0, np.int32(axis), _m.add(ndims, np.int32(axis)))
        num = _m.cast(num, _dtypes.int32) if num.dtype.base_dtype is not _dtypes.int32 else num
        steps = _m.maximum(_m.subtract(num, 1), 1)
        delta = _m.truediv(_m.subtract(last, first), _m.cast(steps, last.dtype))
        first = _m.cast(first, delta.dtype)
        last = _m.cast(last, delta.dtype)
        # Negative num: Range(1, -1) fails, as TF does (while building when num is known).
        n = _const_int(num)
        if n is not None:
            range_end = max(n - 1, 1) if n >= 0 else -1
        else:
            range_end = _m.select_v2(_m.greater_equal(num, 0), steps, -1)
        k = _m.cast(range(1, range_end, dtype=_dtypes.int64), delta.dtype)
        on_axis = _m.equal(axis_t, range(ndims))
        k = reshape(k, _m.select_v2(on_axis, _m.maximum(_m.subtract(num, 2), 0), 1))
        middle = _m.add(first, _m.multiply(delta, k))
        joined = concat([first, middle, last], axis_t)
        size = _m.select_v2(on_axis, num, first_shape)
        out = apply_op("Slice", [joined, zeros_like(first_shape), size], {}, name="Slice")
        if static.ndims is not None:
            dims = static.as_list()
            position = axis if axis >= 0 else axis + len(dims) + 1
            if 0 <= position <= len(dims):
                out.set_shape(dims[:position] + [n if n is not None and n >= 0 else None] + dims[position:])
        return out


# ==================================================================== tile
@register_op("Tile", inputs=["input: T", "multiples: Tmultiples"], outputs=["output: T"],
             attrs=["T: type", "Tmultiples: {int32, int64} = DT_INT32"])
class Tile(OpDef):
    def shape(self, input, multiples):
        d = _dims(input)
        md = _dims(multiples)
        if md is not None and len(md) != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % len(md))
        if d is not None and md is not None and md[0] is not None and md[0] != len(d):
            raise ValueError("Shape must be rank %d but is rank %d" % (len(d), md[0]))
        m = _const_ints(multiples)
        if m is None:
            n = len(d) if d is not None else (md[0] if md else None)
            if n is None:
                return _UNKNOWN
            try:  # as TF: the multiples known statically (e.g. stacked constants) still count
                m = tensor_util.constant_value_as_shape(multiples).as_list()
            except ValueError:
                m = None
            if m is None or len(m) != n:
                return TensorShape([None] * n)
        if d is None:
            d = (None,) * len(m)
        # A negative multiple leaves the dim unknown; the kernel reports it when run.
        return TensorShape([None if x is None or k is None or k < 0 else x * k for x, k in zip(d, m)])

    def kernel(self, input, multiples):
        m = [int(k) for k in multiples]
        if len(m) != np.ndim(input):
            raise _invalid("Expected multiples argument to be a vector of length %d but got length %d"
                           % (np.ndim(input), len(m)))
        for i, k in enumerate(m):
            if k < 0:
                raise _invalid("Expected multiples[%d] >= 0, but got %d" % (i, k))
        return np.tile(input, m) if m else np.array(input)

    def grad(self, op, grad):
        x, multiples = op.inputs
        in_shape = apply_op("Shape", [x], {"out_type": multiples.dtype.base_dtype})
        split = apply_op("Reshape", [apply_op("Transpose", [apply_op("Pack", [[multiples, in_shape]], {}), [1, 0]],
                                              {}), [-1]], {})
        n = apply_op("Size", [split], {})
        axes = apply_op("Range", [0, n, 2], {})
        g = apply_op("Sum", [apply_op("Reshape", [grad, split], {}), axes], {"keep_dims": False})
        return [g, None]


@tf_export("tile", "manip.tile")
def tile(input, multiples, name=None):
    return apply("Tile", [input, multiples], {}, name=name)


# ============================================================ broadcast_to
@register_op("BroadcastTo", inputs=["input: T", "shape: Tidx"], outputs=["output: T"],
             attrs=["T: type", "Tidx: {int32, int64} = DT_INT32"])
class BroadcastTo(OpDef):
    def shape(self, input, shape):
        target = tensor_util.constant_value_as_shape(shape)
        d = _dims(input)
        t = target._dims
        if d is None or t is None:
            return target
        if len(d) > len(t):
            raise ValueError("Shape must be at most rank %d but is rank %d" % (len(t), len(d)))
        for x, y in zip(reversed(d), reversed(t)):
            if x is not None and y is not None and x != 1 and x != y:
                raise ValueError("Dimensions must be equal, but are %d and %d" % (x, y))
        # An unknown target dim facing a known input dim other than 1 can only be that dim.
        out = list(t)
        for k, x in enumerate(reversed(d)):
            if out[-1 - k] is None and x is not None and x != 1:
                out[-1 - k] = x
        return TensorShape(out)

    def kernel(self, input, shape):
        target = [int(v) for v in shape]
        try:
            return np.broadcast_to(input, target)
        except ValueError:
            raise _invalid("Incompatible shapes: %s vs. %s" % (_shape_str(np.shape(input)),
                                                                 _shape_str(target))) from None

    def grad(self, op, grad):
        x = op.inputs[0]
        sx = apply_op("Shape", [x], {"out_type": op.inputs[1].dtype.base_dtype})
        sg = apply_op("Shape", [grad], {"out_type": op.inputs[1].dtype.base_dtype})
        rx, _ = apply_op("BroadcastGradientArgs", [sx, sg], {})
        summed = apply_op("Sum", [grad, rx], {"keep_dims": True})
        return [apply_op("Reshape", [summed, sx], {}), None]


@tf_export("broadcast_to")
def broadcast_to(input, shape, name=None):
    return apply("BroadcastTo", [input, shape], {}, name=name)


@register_op("BroadcastArgs", inputs=["s0: T", "s1: T"], outputs=["r0: T"],
             attrs=["T: {int32, int64} = DT_INT32"])
class BroadcastArgs(OpDef):
    def shape(self, s0, s1):
        a, b = _dims(s0), _dims(s1)
        if a is None or b is None or a[0] is None or b[0] is None:
            return TensorShape([None])
        return TensorShape([max(a[0], b[0])])

    def kernel(self, s0, s1):
        try:
            return np.array(np.broadcast_shapes(tuple(s0.tolist()), tuple(s1.tolist())), dtype=s0.dtype)
        except ValueError:
            raise _invalid("Incompatible shapes: %s vs. %s" % (_shape_str(s0.tolist()),
                                                                 _shape_str(s1.tolist()))) from None

    grad = None

    def constant_value(self, op, tensor, evaluate):
        a, b = evaluate(op.inputs[0]), evaluate(op.inputs[1])
        if a is None or b is None:
            return None
        return self.kernel(np.asarray(a), np.asarray(b))


@tf_export("broadcast_dynamic_shape")
def broadcast_dynamic_shape(shape_x, shape_y):
    return apply("BroadcastArgs", [shape_x, shape_y], {})


@tf_export("broadcast_static_shape")
def broadcast_static_shape(shape_x, shape_y):
    from tensorweave.framework.common_shapes import broadcast_shape

    try:
        return broadcast_shape(TensorShape(shape_x), TensorShape(shape_y))
    except ValueError:
        raise ValueError("Incompatible shapes for broadcasting. Two shapes are compatible if for each "
                         "dimension pair they are either equal or one of them is 1. Received: %s and %s."
                         % (TensorShape(shape_x), TensorShape(shape_y))) from None


