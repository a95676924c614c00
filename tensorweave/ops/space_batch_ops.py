"""SpaceToBatchND / BatchToSpaceND (and the 4-D SpaceToBatch / BatchToSpace), their wrappers,
and the dilated convolutions TF1 builds from them: tf.nn.convolution with dilation_rate > 1,
tf.nn.atrous_conv2d, tf.nn.atrous_conv2d_transpose and tf.nn.with_space_to_batch.

SpaceToBatchND zero-pads the M spatial dimensions after the batch one, then moves each
block_shape[i] x ... tile of positions into the batch: output batch b * prod(block_shape) is
ordered block-offset major, original batch minor. BatchToSpaceND is the inverse followed by a
crop.
"""

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _tf(name):
    return _api.EXPORTS[name]


def _dims_text(dims):
    return "[" + ",".join(str(int(d)) for d in dims) + "]"


# -------------------------------------------------------------------------- kernels
def _check_common(x, block, pairs, what):
    block = np.asarray(block, np.int64).reshape(-1)
    pairs = np.asarray(pairs, np.int64)
    m = block.shape[0]
    if x.ndim < 1 + m:
        raise _invalid("input rank should be >= %d instead of %d" % (1 + m, x.ndim))
    if pairs.shape != (m, 2):
        raise _invalid("%s should have shape [%d, 2] instead of %s" % (what, m, _dims_text(pairs.shape)))
    for i, b in enumerate(block):
        if b < 1:
            raise _invalid("All values in block_shape must be positive, got value, %d at index %d." % (b, i))
    if np.any(pairs < 0):
        raise _invalid("%s must be non-negative" % what.capitalize())
    return block, pairs


def space_to_batch(x, block, paddings):
    block, paddings = _check_common(x, block, paddings, "paddings")
    m = len(block)
    pad = [(0, 0)] + [tuple(p) for p in paddings.tolist()] + [(0, 0)] * (x.ndim - 1 - m)
    padded = np.pad(x, pad)
    for i in range(m):
        if padded.shape[1 + i] % block[i]:
            raise _invalid(
                "padded_shape[%d]=%d is not divisible by block_shape[%d]=%d"
                % (i, padded.shape[1 + i], i, block[i])
            )
    batch = x.shape[0]
    rest = list(padded.shape[1 + m :])
    split = [batch]
    for i in range(m):
        split += [padded.shape[1 + i] // block[i], int(block[i])]
    moved = padded.reshape(split + rest)
    # [batch, s1, b1, ..., sm, bm, rest] -> [b1, ..., bm, batch, s1, ..., sm, rest]
    order = (
        [2 + 2 * i for i in range(m)]
        + [0]
        + [1 + 2 * i for i in range(m)]
        + list(range(1 + 2 * m, 1 + 2 * m + len(rest)))
    )
    out = moved.transpose(order)
    return np.ascontiguousarray(out).reshape(
        [batch * int(np.prod(block))] + [padded.shape[1 + i] // int(block[i]) for i in range(m)] + rest
    )


def batch_to_space(x, block, crops):
    block, crops = _check_common(x, block, crops, "crops")
    m = len(block)
    total = int(np.prod(block))
    if x.shape[0] % total:
        raise _invalid(
            "Input batch dimension (%d) is not divisible by product of block sizes (%d)" % (x.shape[0], total)
        )
    batch = x.shape[0] // total
    spatial = list(x.shape[1 : 1 + m])
    rest = list(x.shape[1 + m :])
    for i in range(m):
        size = spatial[i] * int(block[i]) - crops[i, 0] - crops[i, 1]
        if size < 0:
            raise _invalid("cropped_shape[%d]=%d must be non-negative" % (i, size))
    moved = x.reshape([int(b) for b in block] + [batch] + spatial + rest)
    # [b1, ..., bm, batch, s1, ..., sm, rest] -> [batch, s1, b1, ..., sm, bm, rest]
    order = [m]
    for i in range(m):
        order += [m + 1 + i, i]
    order += list(range(2 * m + 1, 2 * m + 1 + len(rest)))
    full = np.ascontiguousarray(moved.transpose(order)).reshape(
        [batch] + [spatial[i] * int(block[i]) for i in range(m)] + rest
    )
    where = (slice(None),) + tuple(
        slice(int(crops[i, 0]), full.shape[1 + i] - int(crops[i, 1])) for i in range(m)
    )
    return np.array(full[where])


# -------------------------------------------------------------------- shape functions
def _block_and_pairs(block_shape, pairs, what):
    """Static checks; returns (block values or None, pair values or None, number of blocks)."""
    bs = block_shape.shape
    if bs.ndims is None or bs.ndims != 1:
        if bs.ndims is not None:
            raise ValueError("block_shape must have rank 1.")
        raise ValueError("block_shape must have rank 1.")
    m = bs.as_list()[0]
    if m is None:
        raise ValueError("block_shape must have known size.")
    ps = pairs.shape
    if ps.ndims is not None:
        if ps.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % ps.ndims)
        dims = ps.as_list()
        if dims[0] is not None and dims[0] != m:
            raise ValueError(
                "Dimension 0 in both shapes must be equal, but are %d and %d. Shapes are [%d,2] "
                "and [%d,2]." % (dims[0], m, dims[0], m)
            )
        if dims[1] is not None and dims[1] != 2:
            raise ValueError("Dimension 1 in both shapes must be equal, but are %d and 2." % dims[1])
    block = tensor_util.constant_value(block_shape)
    values = tensor_util.constant_value(pairs)
    if block is not None and np.any(np.asarray(block) < 1):
        raise ValueError("block_shape must be positive")
    if values is not None and np.any(np.asarray(values) < 0):
        raise ValueError("%s cannot be negative" % what)
    return block, values, m


def _space_to_batch_shape(x, block_shape, paddings):
    block, pads, m = _block_and_pairs(block_shape, paddings, "paddings")
    if x.shape.ndims is None:
        return TensorShape(None)
    d = x.shape.as_list()
    if len(d) < m + 1:
        raise ValueError("Shape must be at least rank %d but is rank %d" % (m + 1, len(d)))
    if block is None or pads is None:
        return TensorShape([None] * (m + 1) + d[m + 1 :])
    block = np.asarray(block).reshape(-1)
    pads = np.asarray(pads).reshape(m, 2)
    out = [None if d[0] is None else d[0] * int(np.prod(block))]
    for i in range(m):
        if d[1 + i] is None:
            out.append(None)
            continue
        size = d[1 + i] + int(pads[i, 0]) + int(pads[i, 1])
        if size % int(block[i]):
            raise ValueError("Dimension size must be evenly divisible by %d but is %d" % (block[i], size))
        out.append(size // int(block[i]))
    return TensorShape(out + d[m + 1 :])


def _batch_to_space_shape(x, block_shape, crops):
    block, cr, m = _block_and_pairs(block_shape, crops, "crops")
    if x.shape.ndims is None:
        return TensorShape(None)
    d = x.shape.as_list()
    if len(d) < m + 1:
        raise ValueError("Shape must be at least rank %d but is rank %d" % (m + 1, len(d)))
    if block is None or cr is None:
        return TensorShape([None] * (m + 1) + d[m + 1 :])
    block = np.asarray(block).reshape(-1)
    cr = np.asarray(cr).reshape(m, 2)
    total = int(np.prod(block))
    out = [None]
    if d[0] is not None:
        if d[0] % total:
            raise ValueError("Dimension size must be evenly divisible by %d but is %d" % (total, d[0]))
        out[0] = d[0] // total
    for i in range(m):
        if d[1 + i] is None:
            out.append(None)
            continue
        size = d[1 + i] * int(block[i]) - int(cr[i, 0])
        if size - int(cr[i, 1]) < 0:
            raise ValueError("Negative dimension size caused by subtracting %d from %d" % (cr[i, 1], size))
        out.append(size - int(cr[i, 1]))
    return TensorShape(out + d[m + 1 :])


# ----------------------------------------------------------------------- declarations
@register_op(
    "SpaceToBatchND",
    inputs=["input: T", "block_shape: Tblock_shape", "paddings: Tpaddings"],
    outputs=["output: T"],
    attrs=["T: type", "Tblock_shape: {int32, int64} = DT_INT32", "Tpaddings: {int32, int64} = DT_INT32"],
)
class SpaceToBatchND(OpDef):
    def shape(self, input, block_shape, paddings):
        return _space_to_batch_shape(input, block_shape, paddings)

    def kernel(self, input, block_shape, paddings):
        return space_to_batch(input, block_shape, paddings)

    def grad(self, op, grad):
        return [apply_op("BatchToSpaceND", [grad, op.inputs[1], op.inputs[2]], {}), None, None]


@register_op(
    "BatchToSpaceND",
    inputs=["input: T", "block_shape: Tblock_shape", "crops: Tcrops"],
    outputs=["output: T"],
    attrs=["T: type", "Tblock_shape: {int32, int64} = DT_INT32", "Tcrops: {int32, int64} = DT_INT32"],
)
class BatchToSpaceND(OpDef):
    def shape(self, input, block_shape, crops):
        return _batch_to_space_shape(input, block_shape, crops)

    def kernel(self, input, block_shape, crops):
        return batch_to_space(input, block_shape, crops)

    def grad(self, op, grad):
        return [apply_op("SpaceToBatchND", [grad, op.inputs[1], op.inputs[2]], {}), None, None]


def _square_block(block_size):
    return _ops.convert_to_tensor(np.array([block_size, block_size], np.int64))


def _check_4d(x):
    if x.shape.ndims is not None and x.shape.ndims != 4:
        raise ValueError("Shape must be rank 4 but is rank %d" % x.shape.ndims)


@register_op(
    "SpaceToBatch",
    inputs=["input: T", "paddings: Tpaddings"],
    outputs=["output: T"],
    attrs=["T: type", "Tpaddings: {int32, int64} = DT_INT32", "block_size: int >= 2"],
)
class SpaceToBatch(OpDef):
    def shape(self, input, paddings, *, block_size):
        _check_4d(input)
        return _space_to_batch_shape(input, _square_block(block_size), paddings)

    def kernel(self, input, paddings, *, block_size):
        if input.ndim != 4:
            raise _invalid("input must be 4-dimensional, got shape %s" % _dims_text(input.shape))
        return space_to_batch(input, [block_size, block_size], paddings)

    def grad(self, op, grad):
        return [
            apply_op("BatchToSpace", [grad, op.inputs[1]], {"block_size": op.get_attr("block_size")}),
            None,
        ]


@register_op(
    "BatchToSpace",
    inputs=["input: T", "crops: Tidx"],
    outputs=["output: T"],
    attrs=["T: type", "block_size: int >= 2", "Tidx: {int32, int64} = DT_INT32"],
)
class BatchToSpace(OpDef):
    def shape(self, input, crops, *, block_size):
        _check_4d(input)
        return _batch_to_space_shape(input, _square_block(block_size), crops)

    def kernel(self, input, crops, *, block_size):
        if input.ndim != 4:
            raise _invalid("input must be 4-dimensional, got shape %s" % _dims_text(input.shape))
        return batch_to_space(input, [block_size, block_size], crops)

    def grad(self, op, grad):
        return [
            apply_op("SpaceToBatch", [grad, op.inputs[1]], {"block_size": op.get_attr("block_size")}),
            None,
        ]


# ---------------------------------------------------------------------------- wrappers
def _index_attrs(**values):
    """Index type attrs for NumPy int64 arguments (which TF converts as int64, not int32)."""
    return {
        attr: _dtypes.int64
        for attr, v in values.items()
        if isinstance(v, (np.ndarray, np.integer)) and v.dtype == np.int64
    }


@tf_export("space_to_batch_nd", "manip.space_to_batch_nd")
def space_to_batch_nd(input, block_shape, paddings, name=None):  # noqa: A002
    """Moves blocks of the zero-padded spatial dimensions into the batch dimension."""
    return apply_op(
        "SpaceToBatchND",
        [input, block_shape, paddings],
        _index_attrs(Tblock_shape=block_shape, Tpaddings=paddings),
        name=name,
    )


@tf_export("batch_to_space_nd", "manip.batch_to_space_nd")
def batch_to_space_nd(input, block_shape, crops, name=None):  # noqa: A002
    """The inverse of space_to_batch_nd, then a crop of the spatial dimensions."""
    return apply_op(
        "BatchToSpaceND",
        [input, block_shape, crops],
        _index_attrs(Tblock_shape=block_shape, Tcrops=crops),
        name=name,
    )


def _block_size(block_size, block_shape):
    if block_size is not None and block_shape is not None and block_size != block_shape:
        raise ValueError("Cannot specify both 'block_shape' and 'block_size'")
    return block_shape if block_size is None else block_size


@tf_export("space_to_batch", "nn.space_to_batch")
def space_to_batch_v1(input, paddings, block_size=None, name=None, block_shape=None):  # noqa: A002
    """space_to_batch_nd of a 4-D NHWC input with a square block."""
    block_size = _block_size(block_size, block_shape)
    result = space_to_batch_nd(input, np.array([block_size, block_size], np.int64), paddings, name=name)
    result.set_shape(result.shape.with_rank(4))
    return result


@tf_export("batch_to_space")
def batch_to_space_v1(input, crops, block_size, name=None, block_shape=None):  # noqa: A002
    """batch_to_space_nd of a 4-D NHWC input with a square block."""
    block_size = _block_size(block_size, block_shape)
    return batch_to_space_nd(input, np.array([block_size, block_size], np.int64), crops, name=name)


# ------------------------------------------------------------ dilated convolutions
def _base_paddings(filter_shape, num_spatial_dims, rate):
    """The SAME padding of a filter dilated by `rate`, as [[start, end], ...]."""
    spatial = filter_shape[:num_spatial_dims]
    extra = (spatial - 1) * rate
    start = extra // 2
    end = extra - start
    return _tf("stack")([[start[i], end[i]] for i in range(num_spatial_dims)])


def required_space_to_batch_paddings(input_shape, block_shape, base_paddings=None, name=None):
    """(paddings, crops) making input_shape + base_paddings divisible by block_shape."""
    with name_scope(name, "required_space_to_batch_paddings", [input_shape, block_shape]):
        input_shape = _ops.convert_to_tensor(input_shape, dtype=_dtypes.int32, name="input_shape")
        block_shape = _ops.convert_to_tensor(block_shape, dtype=_dtypes.int32, name="block_shape")
        block_shape.shape.assert_is_fully_defined()
        block_shape.shape.assert_has_rank(1)
        m = block_shape.shape.as_list()[0]
        if m == 0:
            zeros = _tf("zeros")
            return zeros([0, 2], _dtypes.int32), zeros([0, 2], _dtypes.int32)
        input_shape.shape.assert_is_compatible_with([m])
        if base_paddings is not None:
            base_paddings = _ops.convert_to_tensor(base_paddings, dtype=_dtypes.int32, name="base_paddings")
            base_paddings.shape.assert_is_compatible_with([m, 2])
        else:
            base_paddings = _tf("zeros")([m, 2], _dtypes.int32)
        values = [tensor_util.constant_value(t) for t in (block_shape, input_shape, base_paddings)]
        if all(v is not None for v in values):
            block_shape, input_shape, base_paddings = values
        pad_start = base_paddings[:, 0]
        pad_end_base = base_paddings[:, 1]
        full = input_shape + pad_start + pad_end_base
        extra = (block_shape - full % block_shape) % block_shape
        pad_end = pad_end_base + extra
        stack = _tf("stack")
        paddings = stack([[pad_start[i], pad_end[i]] for i in range(m)], name="paddings")
        crops = stack([[0, extra[i]] for i in range(m)], name="crops")
        return paddings, crops


def _adjust(orig, fill_value, spatial_dims):
    """Spreads per-spatial-dimension rows over dims 1.. (fill_value rows for non-spatial dims)."""
    fill_dims = orig.shape.as_list()[1:]
    dtype = orig.dtype.as_numpy_dtype
    value = tensor_util.constant_value(orig)
    source = value if value is not None else orig
    parts, previous, i = [], 0, 0
    while i < len(spatial_dims):
        start_i, start_dim = i, spatial_dims[i]
        if start_dim > 1:
            parts.append(np.full([start_dim - 1 - previous] + fill_dims, fill_value, dtype=dtype))
        while i + 1 < len(spatial_dims) and spatial_dims[i + 1] == spatial_dims[i] + 1:
            i += 1
        parts.append(source[start_i : i + 1])
        previous = spatial_dims[i]
        i += 1
    if value is not None:
        return np.concatenate(parts)
    return _tf("concat")(parts, 0)


class _WithSpaceToBatch:
    """Applies `build_op(num_spatial_dims, "VALID")` to the space-to-batch form of the input
    (TF's helper behind dilated convolution and pooling)."""

    def __init__(
        self,
        input_shape,
        dilation_rate,
        padding,
        build_op,
        filter_shape=None,
        spatial_dims=None,
        data_format=None,
        num_batch_dims=1,
    ):
        dilation_rate = _ops.convert_to_tensor(dilation_rate, _dtypes.int32, name="dilation_rate")
        if dilation_rate.shape.ndims not in (None, 1):
            raise ValueError(
                "`dilation_rate.shape.rank` must be 1. Received: dilation_rate=%s of rank %d"
                % (dilation_rate, dilation_rate.shape.ndims)
            )
        if not dilation_rate.shape.is_fully_defined():
            raise ValueError(
                "`dilation_rate.shape` must be fully defined. Received: dilation_rate.shape=%s"
                % dilation_rate.shape
            )
        num_spatial_dims = dilation_rate.shape.as_list()[0]
        first = (
            num_batch_dims + 1 if data_format is not None and data_format.startswith("NC") else num_batch_dims
        )
        if spatial_dims is None:
            spatial_dims = range(first, num_spatial_dims + first)
        given = list(spatial_dims)
        spatial_dims = sorted(set(int(x) for x in given))
        if spatial_dims != given or any(x < 1 for x in spatial_dims):
            raise ValueError(
                "`spatial_dims` must be a monotonically increasing sequence of positive integers. "
                "Received: spatial_dims=%s" % given
            )
        rank_needed = (
            spatial_dims[-1]
            if data_format is not None and data_format.startswith("NC")
            else spatial_dims[-1] + 1
        )
        try:
            input_shape.with_rank_at_least(rank_needed)
        except ValueError:
            raise ValueError(
                "`input.shape.rank` must be at least %d. Received: input.shape=%s with rank %s"
                % (rank_needed, input_shape, input_shape.ndims)
            ) from None
        rate_value = tensor_util.constant_value(dilation_rate)
        rate = dilation_rate
        if rate_value is not None:
            rate = rate_value
            if np.any(rate_value < 1):
                raise ValueError("`dilation_rate` must be positive. Received: dilation_rate=%s" % rate_value)
            if np.all(rate_value == 1):
                self.call = build_op(num_spatial_dims, padding)
                return
        if padding == "SAME":
            if filter_shape is None:
                raise ValueError(
                    "`filter_shape` must be specified for `padding='SAME'`. Received: "
                    "filter_shape=%s and padding=%s" % (filter_shape, padding)
                )
            filter_shape = _ops.convert_to_tensor(filter_shape, name="filter_shape")
            filter_value = tensor_util.constant_value(filter_shape)
            if filter_value is not None:
                self.base_paddings = _base_paddings(filter_value, num_spatial_dims, rate)
            else:
                self.num_spatial_dims = num_spatial_dims
                self.rate = rate
                self.base_paddings = None
        elif padding == "VALID":
            self.base_paddings = np.zeros([num_spatial_dims, 2], np.int32)
        else:
            raise ValueError("Invalid padding method %r" % padding)
        self.input_shape = input_shape
        self.spatial_dims = spatial_dims
        self.dilation_rate = dilation_rate
        self.data_format = data_format
        self.op = build_op(num_spatial_dims, "VALID")
        self.call = self._with_space_to_batch_call

    def _with_space_to_batch_call(self, inp, filter):  # noqa: A002
        spatial = None
        if self.input_shape.ndims is not None:
            dims = self.input_shape.as_list()
            spatial = [dims[i] for i in self.spatial_dims]
        if spatial is None or None in spatial:
            shape = _tf("shape")(inp)
            spatial = _tf("stack")([shape[i] for i in self.spatial_dims])
        base = self.base_paddings
        if base is None:
            base = _base_paddings(_tf("shape")(filter), self.num_spatial_dims, self.rate)
        paddings, crops = required_space_to_batch_paddings(
            input_shape=spatial, base_paddings=base, block_shape=self.dilation_rate
        )
        rate = _adjust(self.dilation_rate, 1, self.spatial_dims)
        paddings = _adjust(paddings, 0, self.spatial_dims)
        crops = _adjust(crops, 0, self.spatial_dims)
        converted = space_to_batch_nd(input=inp, block_shape=rate, paddings=paddings)
        result = self.op(converted, filter)
        out = batch_to_space_nd(input=result, block_shape=rate, crops=crops)
        if self.data_format is not None and self.data_format.startswith("NC"):
            if out.shape.ndims is not None and out.shape.as_list()[1] is None and filter is not None:
                dims = out.shape.as_list()
                dims[1] = filter.shape.as_list()[-1]
                out.set_shape(dims)
        return out

    def __call__(self, inp, filter):  # noqa: A002
        return self.call(inp, filter)


@tf_export("nn.with_space_to_batch")
def with_space_to_batch(
    input,
    dilation_rate,
    padding,
    op,
    filter_shape=None,
    spatial_dims=None,  # noqa: A002
    data_format=None,
):
    """op(converted_input, num_spatial_dims, "VALID") on the space-to-batch form of `input`, so
    that a VALID op computes the `padding` op dilated by `dilation_rate`."""
    input = _ops.convert_to_tensor(input, name="input")  # noqa: A001

    def build_op(num_spatial_dims, padding):
        return lambda inp, _: op(inp, num_spatial_dims, padding)

    helper = _WithSpaceToBatch(
        input.shape,
        dilation_rate,
        padding,
        build_op,
        filter_shape=filter_shape,
        spatial_dims=spatial_dims,
        data_format=data_format,
    )
    return helper(input, None)


def dilated_convolution(input, filter, padding, strides, dilations, data_format, conv, scope):  # noqa: A002
    """The body of tf.nn.convolution when a dilation is > 1 (called in its name scope):
    `conv(x, filter, padding, name)` (a VALID convolution with stride 1) on the space-to-batch
    form of the input."""
    if any(s != 1 for s in strides):
        raise ValueError(
            "`strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: "
            "strides=%s and dilation_rate=%s" % (list(strides), list(dilations))
        )
    filter = _ops.convert_to_tensor(filter, name="filter")  # noqa: A001

    def build_op(num_spatial_dims, pad):
        return lambda inp, f: conv(inp, f, pad, scope)

    helper = _WithSpaceToBatch(
        input.shape, dilations, padding, build_op, filter_shape=filter.shape, data_format=data_format
    )
    return helper(input, filter)


@tf_export("nn.atrous_conv2d_transpose")
def atrous_conv2d_transpose(value, filters, output_shape, rate, padding, name=None):
    """The transpose (gradient) of atrous_conv2d: a dilated conv2d_transpose."""
    with name_scope(name, "atrous_conv2d_transpose", [value, filters]) as scope:
        value = _ops.convert_to_tensor(value, name="value")
        filters = _ops.convert_to_tensor(filters, name="filters")
        vc = value.shape.as_list()[3] if value.shape.ndims == 4 else None
        fc = filters.shape.as_list()[3] if filters.shape.ndims == 4 else None
        if vc is not None and fc is not None and vc != fc:
            raise ValueError(
                "`value` channel count must be compatible with `filters` input channel count. "
                "Received: value.shape=%s with channel count %d and filters.shape=%s with input "
                "channel count %d." % (value.shape, vc, filters.shape, fc)
            )
        if rate < 1:
            raise ValueError("`rate` cannot be less than one. Received: rate=%s" % rate)
        if rate == 1:
            return _tf("nn.conv2d_transpose")(
                value,
                filters,
                output_shape,
                strides=[1, 1, 1, 1],
                padding=padding,
                data_format="NHWC",
                name=scope,
            )
        shape_t = _ops.convert_to_tensor(output_shape, name="output_shape")
        if not shape_t.shape.is_compatible_with(TensorShape([4])):
            raise ValueError("`output_shape` must have shape (4,). Received: output_shape=%s" % shape_t.shape)
        if isinstance(output_shape, (list, np.ndarray)):
            fo = filters.shape.as_list()[2] if filters.shape.ndims == 4 else None
            if fo is not None and fo != output_shape[3]:
                raise ValueError(
                    "`output_shape` channel count must be compatible with `filters` output channel "
                    "count. Received: output_shape=%s with channel count %d and filters.shape=%s "
                    "with output channel count %d." % (output_shape, output_shape[3], filters.shape, fo)
                )
        if padding == "SAME":
            fshape = filters.shape.as_list() if filters.shape.is_fully_defined() else _tf("shape")(filters)
            fh, fw = fshape[0], fshape[1]
            pad_h = fh + (fh - 1) * (rate - 1) - 1
            pad_w = fw + (fw - 1) * (rate - 1) - 1
            top, left = pad_h // 2, pad_w // 2
            bottom, right = pad_h - top, pad_w - left
        elif padding == "VALID":
            top = bottom = left = right = 0
        else:
            raise ValueError("`padding` must be either 'VALID' or 'SAME'. Received: padding=%s" % padding)
        in_h = output_shape[1] + top + bottom
        in_w = output_shape[2] + left + right
        extra_h = (rate - in_h % rate) % rate
        extra_w = (rate - in_w % rate) % rate
        value = space_to_batch_v1(value, [[0, extra_h], [0, extra_w]], block_size=rate)
        sizes = [
            rate * rate * output_shape[0],
            (in_h + extra_h) // rate,
            (in_w + extra_w) // rate,
            output_shape[3],
        ]
        value = apply_op(
            "Conv2DBackpropInput",
            [sizes, filters, value],
            {"strides": [1, 1, 1, 1], "padding": "VALID", "data_format": "NHWC"},
        )
        return batch_to_space_v1(value, [[top, bottom + extra_h], [left, right + extra_w]], rate)
