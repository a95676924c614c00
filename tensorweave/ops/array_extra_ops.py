"""More array ops: roll, searchsorted (LowerBound/UpperBound), space_to_depth/depth_to_space,
histogram_fixed_width (and its _bins composite)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.array_ops import _UNKNOWN, _const_int, _dims, _invalid, _shape_str, apply


def _check_rank(dims, rank):
    if dims is not None and len(dims) != rank:
        raise ValueError("Shape must be rank %d but is rank %d" % (rank, len(dims)))


# ===================================================================== Roll
@register_op("Roll", inputs=["input: T", "shift: Tshift", "axis: Taxis"], outputs=["output: T"],
             attrs=["T: type", "Tshift: {int32, int64}", "Taxis: {int32, int64}"])
class Roll(OpDef):
    def shape(self, input, shift, axis):
        s, a = _dims(shift), _dims(axis)
        for d in (s, a):
            if d is not None and len(d) > 1:
                raise ValueError("Shape must be at most rank 1 but is rank %d" % len(d))
        if s is not None and a is not None and len(s) == 1 and len(a) == 1 and None not in (s[0], a[0]) \
                and s[0] != a[0]:
            raise ValueError("Dimension 0 in both shapes must be equal, but are %d and %d. Shapes are "
                             "%s and %s." % (s[0], a[0], _shape_str(s), _shape_str(a)))
        d = _dims(input)
        return _UNKNOWN if d is None else TensorShape(list(d))

    def kernel(self, input, shift, axis):
        x = np.asarray(input)
        shifts = np.reshape(shift, [-1]).tolist()
        axes = np.reshape(axis, [-1]).tolist()
        if np.ndim(shift) > 1 or np.ndim(axis) > 1:
            raise _invalid("shift and axis must be scalars or 1-D vectors")
        if len(shifts) != len(axes):
            raise _invalid("shift and axis must have the same size")
        if x.ndim == 0:
            raise _invalid("input must be 1-D or higher")
        for a in axes:
            if not -x.ndim <= a < x.ndim:
                raise _invalid("axis %d is out of range" % a)
        if not axes:
            return x.copy()
        return np.roll(x, [int(s) for s in shifts], [int(a) for a in axes])

    def grad(self, op, grad):
        neg = apply_op("Neg", [op.inputs[1]], {})
        return [apply_op("Roll", [grad, neg, op.inputs[2]], {}), None, None]


@tf_export("roll", "manip.roll")
def roll(input, shift, axis, name=None):
    """Rolls the elements of `input` by `shift` places along `axis` (wrapping around)."""
    return apply("Roll", [input, shift, axis], {}, name=name or "Roll")


# ============================================================ searchsorted
class _Bound(OpDef):
    side = None

    def shape(self, sorted_inputs, values, *, out_type):
        _check_rank(_dims(sorted_inputs), 2)
        _check_rank(_dims(values), 2)
        return TensorShape(list(_dims(values))) if _dims(values) is not None else TensorShape([None, None])

    def kernel(self, sorted_inputs, values, *, out_type):
        s, v = np.asarray(sorted_inputs), np.asarray(values)
        if s.shape[0] != v.shape[0]:
            raise _invalid("Leading dim_size of both tensors must match.")
        out = np.empty(v.shape, np.dtype(out_type.as_numpy_dtype if hasattr(out_type, "as_numpy_dtype")
                                         else out_type))
        for row in range(v.shape[0]):
            out[row] = np.searchsorted(s[row], v[row], side=self.side)
        return out

    grad = None


@register_op("LowerBound", inputs=["sorted_inputs: T", "values: T"], outputs=["output: out_type"],
             attrs=["T: type", "out_type: {int32, int64} = DT_INT32"])
class LowerBound(_Bound):
    side = "left"


@register_op("UpperBound", inputs=["sorted_inputs: T", "values: T"], outputs=["output: out_type"],
             attrs=["T: type", "out_type: {int32, int64} = DT_INT32"])
class UpperBound(_Bound):
    side = "right"


def _as_2d(t, shape_name):
    dims = _dims(t)
    if dims is not None and None not in dims and len(dims) >= 1:
        rows = int(np.prod(dims[:-1], dtype=np.int64))
        return apply_op("Reshape", [t, np.array([rows, dims[-1]], np.int32)], {}), dims
    last = apply_op("StridedSlice", [apply_op("Shape", [t], {}), np.array([-1], np.int32),
                                     np.array([0], np.int32), np.array([1], np.int32)],
                    {"end_mask": 1, "shrink_axis_mask": 1})
    shape = apply_op("Pack", [[np.int32(-1), last]], {})
    return apply_op("Reshape", [t, shape], {}), None


@tf_export("searchsorted")
def searchsorted(sorted_sequence, values, side="left", out_type=_dtypes.int32, name=None):
    """Indices where `values` would be inserted into the innermost dim of `sorted_sequence`."""
    if side not in ("left", "right"):
        raise ValueError("Argument `side` must be either 'right' or 'left'. Received: `side` = '%s'."
                         % (side,))
    sorted_sequence = _ops.convert_to_tensor(sorted_sequence)
    values = _ops.convert_to_tensor(values, dtype=sorted_sequence.dtype)
    if _dims(sorted_sequence) is not None and len(_dims(sorted_sequence)) == 0:
        raise ValueError("Argument `sorted_sequence` must have rank >= 1. Received rank 0.")
    s2, _ = _as_2d(sorted_sequence, "sorted_sequence")
    v2, vdims = _as_2d(values, "values")
    op_type = "LowerBound" if side == "left" else "UpperBound"
    out = apply_op(op_type, [s2, v2], {"out_type": _dtypes.as_dtype(out_type)}, name=name or op_type)
    if vdims is not None:
        return apply_op("Reshape", [out, np.array(vdims, np.int32)], {})
    return apply_op("Reshape", [out, apply_op("Shape", [values], {})], {})


# ===================================================== SpaceToDepth / DepthToSpace
def _nhwc(x, data_format):
    return np.transpose(x, (0, 2, 3, 1)) if data_format == "NCHW" else x


def _from_nhwc(x, data_format):
    return np.transpose(x, (0, 3, 1, 2)) if data_format == "NCHW" else x


def _space_shape(input, block_size, data_format, to_depth):
    d = _dims(input)
    _check_rank(d, 4)
    if d is None:
        return TensorShape([None] * 4)
    if data_format == "NCHW":
        n, c, h, w = d
    else:
        n, h, w, c = d
    b = block_size
    if to_depth:
        for x in (h, w):
            if x is not None and x % b:
                raise ValueError("Dimension size must be evenly divisible by %d but is %d" % (b, x))
        h2, w2, c2 = (None if h is None else h // b), (None if w is None else w // b), \
            (None if c is None else c * b * b)
    else:
        if c is not None and c % (b * b):
            raise ValueError("Dimension size must be evenly divisible by %d but is %d" % (b * b, c))
        h2, w2, c2 = (None if h is None else h * b), (None if w is None else w * b), \
            (None if c is None else c // (b * b))
    return TensorShape([n, c2, h2, w2] if data_format == "NCHW" else [n, h2, w2, c2])


_SPACE_ATTRS = ["T: type", "block_size: int >= 2", "data_format: {'NHWC', 'NCHW', 'NCHW_VECT_C'} = 'NHWC'"]


@register_op("SpaceToDepth", inputs=["input: T"], outputs=["output: T"], attrs=_SPACE_ATTRS)
class SpaceToDepth(OpDef):
    def shape(self, input, *, block_size, data_format):
        return _space_shape(input, block_size, data_format, True)

    def kernel(self, input, *, block_size, data_format):
        if np.ndim(input) != 4:
            raise _invalid("Input rank should be: 4 instead of: %d" % np.ndim(input))
        x = _nhwc(np.asarray(input), data_format)
        n, h, w, c = x.shape
        b = block_size
        if h % b or w % b:
            raise _invalid("Image width %d and height %d should be divisible by block_size: %d"
                           % (w, h, b))
        y = x.reshape(n, h // b, b, w // b, b, c).transpose(0, 1, 3, 2, 4, 5)
        return _from_nhwc(y.reshape(n, h // b, w // b, b * b * c), data_format)

    def grad(self, op, grad):
        return [apply_op("DepthToSpace", [grad], {"block_size": op.get_attr("block_size"),
                                                   "data_format": op.get_attr("data_format")})]


@register_op("DepthToSpace", inputs=["input: T"], outputs=["output: T"], attrs=_SPACE_ATTRS)
class DepthToSpace(OpDef):
    def shape(self, input, *, block_size, data_format):
        return _space_shape(input, block_size, data_format, False)

    def kernel(self, input, *, block_size, data_format):
        if np.ndim(input) != 4:
            raise _invalid("Input rank should be: 4 instead of: %d" % np.ndim(input))
        x = _nhwc(np.asarray(input), data_format)
        n, h, w, c = x.shape
        b = block_size
        if c % (b * b):
            raise _invalid("Input depth dimension %d should be divisible by: %d" % (c, b * b))
        y = x.reshape(n, h, w, b, b, c // (b * b)).transpose(0, 1, 3, 2, 4, 5)
        return _from_nhwc(y.reshape(n, h * b, w * b, c // (b * b)), data_format)

    def grad(self, op, grad):
        return [apply_op("SpaceToDepth", [grad], {"block_size": op.get_attr("block_size"),
                                                   "data_format": op.get_attr("data_format")})]


def _block_op(op_type, input, block_size, name, data_format):
    if isinstance(data_format, bytes):
        data_format = data_format.decode()
    return apply(op_type, [input], {"block_size": block_size, "data_format": data_format},
                 name=name or op_type)


@tf_export("space_to_depth", "nn.space_to_depth")
def space_to_depth(input, block_size, name=None, data_format="NHWC"):
    """Moves blocks of spatial data into depth: [N, H, W, C] -> [N, H/b, W/b, C*b*b]."""
    return _block_op("SpaceToDepth", input, block_size, name, data_format)


@tf_export("depth_to_space", "nn.depth_to_space")
def depth_to_space(input, block_size, name=None, data_format="NHWC"):
    """Moves depth into blocks of spatial data: [N, H, W, C] -> [N, H*b, W*b, C/(b*b)]."""
    return _block_op("DepthToSpace", input, block_size, name, data_format)


# ================================================================ histograms
@register_op("HistogramFixedWidth", inputs=["values: T", "value_range: T", "nbins: int32"],
             outputs=["out: dtype"],
             attrs=["T: {int32, int64, float, double}", "dtype: {int32, int64} = DT_INT32"])
class HistogramFixedWidth(OpDef):
    def shape(self, values, value_range, nbins, *, dtype):
        r = _dims(value_range)
        _check_rank(r, 1)
        if r is not None and r[0] is not None and r[0] != 2:
            raise ValueError("Dimension must be 2 but is %d" % r[0])
        _check_rank(_dims(nbins), 0)
        n = _const_int(nbins)
        if n is not None and n <= 0:
            raise ValueError("Requires nbins > 0: %d" % n)
        return TensorShape([n])

    def kernel(self, values, value_range, nbins, *, dtype):
        lo, hi = np.asarray(value_range).reshape(-1)[:2]
        n = int(nbins)
        if not lo < hi:
            raise _invalid("value_range should satisfy value_range[0] < value_range[1], but got '[%s, %s]'"
                           % (_num(lo), _num(hi)))
        if n <= 0:
            raise _invalid("nbins should be a positive number, but got '%d'" % n)
        v = np.asarray(values).reshape(-1)
        step = (np.float64(hi) - np.float64(lo)) / n
        shifted = (np.maximum(v, lo) - lo).astype(np.float64)
        bins = np.minimum(np.floor(shifted / step), n - 1).astype(np.int64)
        out_dtype = dtype.as_numpy_dtype if hasattr(dtype, "as_numpy_dtype") else dtype
        return np.bincount(bins, minlength=n).astype(out_dtype)

    grad = None


def _num(x):
    x = float(x)
    return "%d" % x if x == int(x) else "%g" % x


@tf_export("histogram_fixed_width")
def histogram_fixed_width(values, value_range, nbins=100, dtype=_dtypes.int32, name=None):
    """Counts `values` into `nbins` equal bins over `value_range` (outliers go to the end bins)."""
    with name_scope(name, "histogram_fixed_width", [values, value_range, nbins]) as scope:
        values = _ops.convert_to_tensor(values, name="values")
        if not isinstance(value_range, _ops.Tensor):  # a tensor of another dtype is a TypeError
            value_range = _ops.convert_to_tensor(value_range, dtype=values.dtype, name="value_range")
        nbins = _ops.convert_to_tensor(nbins, dtype=_dtypes.int32, name="nbins")
        return apply_op("HistogramFixedWidth", [values, value_range, nbins],
                        {"dtype": _dtypes.as_dtype(dtype)}, name=scope)


@tf_export("histogram_fixed_width_bins")
def histogram_fixed_width_bins(values, value_range, nbins=100, dtype=_dtypes.int32, name=None):
    """The bin index of each of `values` (same shape), bins as in histogram_fixed_width."""
    with name_scope(name, "histogram_fixed_width_bins", [values, nbins]):
        values = _ops.convert_to_tensor(values, name="values")
        shape = apply_op("Shape", [values], {})
        flat = apply_op("Reshape", [values, np.array([-1], np.int32)], {})
        value_range = _ops.convert_to_tensor(value_range, dtype=values.dtype, name="value_range")
        nbins = _ops.convert_to_tensor(nbins, dtype=_dtypes.int32, name="nbins")
        nbins_f = apply_op("Cast", [nbins], {"DstT": values.dtype})
        lo = apply_op("StridedSlice", [value_range, np.array([0], np.int32), np.array([1], np.int32),
                                       np.array([1], np.int32)], {"shrink_axis_mask": 1})
        hi = apply_op("StridedSlice", [value_range, np.array([1], np.int32), np.array([2], np.int32),
                                       np.array([1], np.int32)], {"shrink_axis_mask": 1})
        scaled = apply_op("RealDiv", [apply_op("Sub", [flat, lo], {}), apply_op("Sub", [hi, lo], {})], {},
                          name="scaled_values")
        indices = apply_op("Floor", [apply_op("Mul", [nbins_f, scaled], {})], {}, name="indices")
        top = apply_op("Sub", [nbins_f, np.array(1, values.dtype.as_numpy_dtype)], {})
        clipped = apply_op("Maximum", [apply_op("Minimum", [indices, top], {}),
                                       np.array(0, values.dtype.as_numpy_dtype)], {})
        # NOTE: as TF, the bins are always int32 whatever `dtype` says.
        out = apply_op("Cast", [clipped], {"DstT": _dtypes.int32})
        return apply_op("Reshape", [out, shape], {})


# ============================================================= unravel_index
@register_op("UnravelIndex", inputs=["indices: Tidx", "dims: Tidx"], outputs=["output: Tidx"],
             attrs=["Tidx: {int32, int64} = DT_INT32"])
class UnravelIndex(OpDef):
    def shape(self, indices, dims):
        i, d = _dims(indices), _dims(dims)
        if i is not None and len(i) > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % len(i))
        _check_rank(d, 1)
        n = d[0] if d is not None else None
        if i is None:
            return _UNKNOWN
        return TensorShape([n] + list(i))

    def kernel(self, indices, dims):
        dims = np.asarray(dims)
        if (dims <= 0).any():
            raise _invalid("All dimensions must be positive, got %s" % dims.tolist())
        total = int(np.prod(dims, dtype=np.int64))
        if np.any((indices < 0) | (indices >= total)):
            raise _invalid("index out of bounds for dims %s" % dims.tolist())
        return np.array(np.unravel_index(indices, tuple(int(d) for d in dims)), dtype=dims.dtype)

    grad = None


@tf_export("unravel_index")
def unravel_index(indices, dims, name=None):
    return apply("UnravelIndex", [indices, dims], {}, name=name)


# ==================================================================== repeat
@tf_export("repeat")
def repeat(input, repeats, axis=None, name=None):  # noqa: A002
    """Repeats each element (slice along `axis`; flattened elements when axis is None) by
    `repeats`, a scalar or one count per slice."""
    from tensorweave.ops import math_ops as _m
    from tensorweave.ops import reduction_ops as _r
    from tensorweave.ops.array_creation_ops import tile
    from tensorweave.ops.array_misc_ops import sequence_mask
    from tensorweave.ops.array_ops import concat, expand_dims, reshape, shape, stack
    from tensorweave.ops.slicing_ops import boolean_mask

    if axis is None:  # flattened outside the op's scope, as in TF
        input = reshape(input, [-1])  # noqa: A001
        axis = 0
    with name_scope(name, "Repeat", [input, repeats]):
        data = _ops.convert_to_tensor(input, name="input")
        repeats = _ops.convert_to_tensor(repeats, name="repeats")
        if not repeats.dtype.is_integer:
            raise TypeError("Argument `repeats` must be of type integer. Received %s" % repeats.dtype)
        rank = data.shape.ndims
        if rank is None:
            raise ValueError("repeat needs an input of known rank")
        if not -rank <= axis < rank:
            raise ValueError("axis=%d out of bounds: expected %d<=axis<%d" % (axis, -rank, rank))
        axis %= rank
        counts = repeats.shape
        if counts.ndims is not None and counts.ndims > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % counts.ndims)
        dim = data.shape.as_list()[axis]
        n = counts.num_elements()
        if counts.ndims == 1 and n not in (None, 1) and dim is not None and n != dim:
            raise ValueError("Dimensions %d and %d are not compatible" % (dim, n))
        data_shape = shape(data, out_type=repeats.dtype.base_dtype)
        ones = [1] * (rank + 1)

        def tiled_along(count):
            multiples = stack(ones[:axis + 1] + [count] + ones[axis + 2:])
            return tile(expand_dims(data, axis + 1), _m.cast(multiples, _dtypes.int32))

        static = data.shape.as_list()
        if n == 1:
            count = reshape(repeats, [])
            out = reshape(tiled_along(count), concat(
                [data_shape[:axis], [count * data_shape[axis]], data_shape[axis + 1:]], 0))
            c = _const_int(count)
            static[axis] = None if c is None or static[axis] is None else static[axis] * c
            out.set_shape(static)
            return out
        # One count per slice: tile to the largest count, then keep the first count[i] copies.
        counts_full = apply_op("BroadcastTo", [repeats, data_shape[:axis + 1]], {})
        largest = _m.maximum(_r.reduce_max(counts_full), _ops.convert_to_tensor(0, dtype=repeats.dtype))
        keep = sequence_mask(counts_full, largest)
        masked = boolean_mask(tiled_along(largest), keep)
        if axis == 0:
            masked.set_shape([None] + static[1:])
            return masked
        out = reshape(masked, concat([data_shape[:axis], [-1], data_shape[axis + 1:]], 0))
        static[axis] = None
        out.set_shape(static)
        return out
