"""More nn and array names: morphological dilation/erosion (Dilation2D and its backprops),
EditDistance, and the composites conv1d_transpose, conv_transpose, the depthwise backprop
wrappers, log_poisson_loss, collapse_repeated, compute_average_loss,
scale_regularization_loss, batch_norm_with_global_normalization, batch_gather,
batch_scatter_update, add_check_numerics_ops and required_space_to_batch_paddings.
"""

import math

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes, errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework import scopes as _scopes
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.array_misc_ops import _tf_registers_no_gradient
from tensorweave.ops.nn_util import get_sequence


def _tf(name):
    return _api.EXPORTS[name]


_REAL = ("float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64")
_DILATION_ATTRS = ["T: {%s}" % _REAL, "strides: list(int) >= 4", "rates: list(int) >= 4",
                   "padding: {'SAME', 'VALID'}"]


# ---------------------------------------------------------------------------- Dilation2D
def _dilation_geometry(in_h, in_w, f_h, f_w, strides, rates, padding):
    """(out_h, out_w, pad_top, pad_left) as TF's morphological ops compute them."""
    eff_h, eff_w = (f_h - 1) * rates[1] + 1, (f_w - 1) * rates[2] + 1
    out = []
    pads = []
    for size, eff, stride in ((in_h, eff_h, strides[1]), (in_w, eff_w, strides[2])):
        if padding == "VALID":
            n = max(0, (size - eff + stride) // stride)
            out.append(n)
            pads.append(0)
        else:
            n = -(-size // stride)
            out.append(n)
            pads.append(max((n - 1) * stride + eff - size, 0) // 2)
    return out[0], out[1], pads[0], pads[1]


def _dilation_windows(x, f, strides, rates, padding):
    """Values x[window] + f for every filter tap: [taps, b, oh, ow, c], and the tap positions."""
    b, in_h, in_w, c = x.shape
    f_h, f_w, _ = f.shape
    oh, ow, top, left = _dilation_geometry(in_h, in_w, f_h, f_w, strides, rates, padding)
    sh, sw, rh, rw = strides[1], strides[2], rates[1], rates[2]
    lowest = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    work = x.astype(np.float64)
    taps, rows, cols = [], [], []
    for dy in range(f_h):
        for dx in range(f_w):
            ys = np.arange(oh) * sh + dy * rh - top
            xs = np.arange(ow) * sw + dx * rw - left
            valid = (ys[:, None] >= 0) & (ys[:, None] < in_h) & (xs[None, :] >= 0) & (xs[None, :] < in_w)
            picked = work[:, np.clip(ys, 0, max(in_h - 1, 0))][:, :, np.clip(xs, 0, max(in_w - 1, 0))] \
                if in_h and in_w else np.zeros((b, oh, ow, c))
            vals = np.where(valid[None, :, :, None], picked + f[dy, dx].astype(np.float64), lowest)
            taps.append(vals)
            rows.append(ys)
            cols.append(xs)
    stacked = np.stack(taps) if taps else np.zeros((0, b, oh, ow, c))
    return stacked, rows, cols, (oh, ow)


def _check_dilation(x, f, strides, rates):
    if x.ndim != 4 or f.ndim != 3:
        raise errors.InvalidArgumentError(None, None, "input must be 4-dimensional and filter 3-dimensional")
    if x.shape[3] != f.shape[2]:
        raise errors.InvalidArgumentError(None, None, "input and filter must have the same depth: %d vs %d"
                                          % (x.shape[3], f.shape[2]))


class _Dilation(OpDef):
    def _out_shape(self, input, filter, strides, rates, padding):
        xs = input.shape.with_rank(4)
        fs = filter.shape.with_rank(3)
        if len(strides) != 4 or len(rates) != 4:
            raise ValueError("Dilation2D requires the stride and rate attributes to contain 4 values")
        if strides[0] != 1 or strides[3] != 1 or rates[0] != 1 or rates[3] != 1:
            raise ValueError("Dilation2D does not support strides or rates in the batch or depth dimensions")
        xd, fd = xs.as_list(), fs.as_list()
        if xd[3] is not None and fd[2] is not None and xd[3] != fd[2]:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (xd[3], fd[2]))
        depth = xd[3] if xd[3] is not None else fd[2]
        if None in (xd[1], xd[2], fd[0], fd[1]):
            return TensorShape([xd[0], None, None, depth])
        oh, ow, _, _ = _dilation_geometry(xd[1], xd[2], fd[0], fd[1], strides, rates, padding)
        if oh <= 0 or ow <= 0:
            raise ValueError("Computed output size would be negative")
        return TensorShape([xd[0], oh, ow, depth])


@register_op("Dilation2D", inputs=["input: T", "filter: T"], outputs=["output: T"], attrs=_DILATION_ATTRS)
class Dilation2D(_Dilation):
    def shape(self, input, filter, *, strides, rates, padding):
        return self._out_shape(input, filter, strides, rates, padding)

    def kernel(self, input, filter, *, strides, rates, padding):
        _check_dilation(input, filter, strides, rates)
        stacked = _dilation_windows(input, filter, strides, rates, padding)[0]
        return stacked.max(axis=0).astype(input.dtype)

    def grad(self, op, grad):
        x, f = op.inputs
        attrs = {k: op.get_attr(k) for k in ("strides", "rates", "padding")}
        return [apply_op("Dilation2DBackpropInput", [x, f, grad], attrs),
                apply_op("Dilation2DBackpropFilter", [x, f, grad], attrs)]


def _dilation_backprop(x, f, dy, strides, rates, padding, to_input):
    _check_dilation(x, f, strides, rates)
    stacked, rows, cols, (oh, ow) = _dilation_windows(x, f, strides, rates, padding)
    if dy.shape != (x.shape[0], oh, ow, x.shape[3]):
        raise errors.InvalidArgumentError(None, None, "out_backprop has incompatible size %s" % (dy.shape,))
    f_w = f.shape[1]
    best = stacked.argmax(axis=0)  # first maximum in filter scan order, as TF's kernel
    b, c = np.meshgrid(np.arange(x.shape[0]), np.arange(x.shape[3]), indexing="ij")
    oy, ox = np.meshgrid(np.arange(oh), np.arange(ow), indexing="ij")
    bi = np.broadcast_to(b[:, None, None, :], best.shape)
    ci = np.broadcast_to(c[:, None, None, :], best.shape)
    dyi, dxi = best // f_w, best % f_w
    if to_input:
        out = np.zeros(x.shape, np.float64)
        row_tab, col_tab = np.stack(rows), np.stack(cols)
        ys = row_tab[best, np.broadcast_to(oy[None, :, :, None], best.shape)]
        xs = col_tab[best, np.broadcast_to(ox[None, :, :, None], best.shape)]
        np.add.at(out, (bi, ys, xs, ci), dy)
        return out.astype(x.dtype)
    out = np.zeros(f.shape, np.float64)
    np.add.at(out, (dyi, dxi, ci), dy)
    return out.astype(f.dtype)


@register_op("Dilation2DBackpropInput", inputs=["input: T", "filter: T", "out_backprop: T"],
             outputs=["in_backprop: T"], attrs=_DILATION_ATTRS)
class Dilation2DBackpropInput(_Dilation):
    def shape(self, input, filter, out_backprop):
        return input.shape

    def kernel(self, input, filter, out_backprop, *, strides, rates, padding):
        return _dilation_backprop(input, filter, out_backprop, strides, rates, padding, True)

    grad = staticmethod(_tf_registers_no_gradient)


@register_op("Dilation2DBackpropFilter", inputs=["input: T", "filter: T", "out_backprop: T"],
             outputs=["filter_backprop: T"], attrs=_DILATION_ATTRS)
class Dilation2DBackpropFilter(_Dilation):
    def shape(self, input, filter, out_backprop):
        return filter.shape

    def kernel(self, input, filter, out_backprop, *, strides, rates, padding):
        return _dilation_backprop(input, filter, out_backprop, strides, rates, padding, False)

    grad = staticmethod(_tf_registers_no_gradient)


@tf_export("nn.dilation2d")
def dilation2d(input, filter=None, strides=None, rates=None, padding=None, name=None, filters=None,
               dilations=None):
    """Grayscale morphological dilation of 4-D input [b, h, w, c] by a 3-D filter [fh, fw, c]."""
    filter = filters if filter is None else filter
    rates = dilations if rates is None else rates
    return apply_op("Dilation2D", [input, filter],
                    {"strides": list(strides), "rates": list(rates), "padding": padding}, name=name)


@tf_export("nn.erosion2d")
def erosion2d(value, kernel, strides, rates, padding, name=None):
    """Grayscale morphological erosion: -dilation2d(-value, reversed kernel)."""
    with name_scope(name, "erosion2d", [value, kernel]) as scope:
        neg = _tf("negative")
        flipped = _tf("reverse_v2")(kernel, [0, 1])
        return neg(apply_op("Dilation2D", [neg(value), flipped],
                            {"strides": list(strides), "rates": list(rates), "padding": padding}, name=scope))


# ------------------------------------------------------------------------- EditDistance
def _groups(indices, values, outer_shape):
    seqs = {}
    for idx, v in zip(indices.tolist(), values.tolist() if values.dtype != object else list(values)):
        seqs.setdefault(tuple(idx[:-1]), []).append((idx[-1], v))
    return {k: [v for _, v in sorted(s, key=lambda t: t[0])] for k, s in seqs.items()}


def _levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y))
        prev = cur
    return prev[-1]


@register_op("EditDistance",
             inputs=["hypothesis_indices: int64", "hypothesis_values: T", "hypothesis_shape: int64",
                     "truth_indices: int64", "truth_values: T", "truth_shape: int64"],
             outputs=["output: float"], attrs=["normalize: bool = true", "T: type"])
class EditDistance(OpDef):
    def shape(self, hypothesis_indices, hypothesis_values, hypothesis_shape, truth_indices, truth_values,
              truth_shape):
        hs = tensor_util.constant_value(hypothesis_shape)
        ts = tensor_util.constant_value(truth_shape)
        if hs is None or ts is None:
            rank = hypothesis_shape.shape.as_list()[0] if hypothesis_shape.shape.ndims == 1 else None
            return TensorShape(None if rank is None else [None] * (rank - 1))
        if len(hs) != len(ts):
            raise ValueError("hypothesis_shape and truth_shape must have the same rank: %d vs %d"
                             % (len(hs), len(ts)))
        return TensorShape([int(max(a, b)) for a, b in zip(hs[:-1], ts[:-1])])

    def kernel(self, hypothesis_indices, hypothesis_values, hypothesis_shape, truth_indices, truth_values,
               truth_shape, *, normalize):
        if len(hypothesis_shape) != len(truth_shape):
            raise errors.InvalidArgumentError(None, None, "hypothesis_shape and truth_shape must have the "
                                              "same rank")
        out_shape = tuple(int(max(a, b)) for a, b in zip(hypothesis_shape[:-1], truth_shape[:-1]))
        hyp = _groups(hypothesis_indices, hypothesis_values, out_shape)
        truth = _groups(truth_indices, truth_values, out_shape)
        out = np.zeros(out_shape, np.float32)
        for key in set(hyp) | set(truth):
            h, t = hyp.get(key, []), truth.get(key, [])
            dist = float(_levenshtein(h, t))
            if normalize:
                dist = dist / len(t) if t else (np.inf if h else 0.0)
            out[key] = dist
        return out

    grad = None


@tf_export("edit_distance")
def edit_distance(hypothesis, truth, normalize=True, name="edit_distance"):
    """Levenshtein distances between the sequences of two SparseTensors (over the last
    dimension), divided by the truth lengths when normalize."""
    from tensorweave.framework.sparse_tensor import SparseTensor

    for value, what in ((hypothesis, "Hypothesis"), (truth, "Truth")):
        if not isinstance(value, SparseTensor) and type(value).__name__ != "SparseTensorValue":
            raise TypeError("%s must be a SparseTensor." % what)
    return apply_op("EditDistance", [hypothesis.indices, hypothesis.values, hypothesis.dense_shape,
                                     truth.indices, truth.values, truth.dense_shape],
                    {"normalize": normalize}, name=name)


# ---------------------------------------------------------------------- conv transposes
@tf_export("nn.conv1d_transpose")
def conv1d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NWC",
                     dilations=None, name=None):
    """The transpose (gradient) of conv1d: input [b, w, c_in], filters [k, c_out, c_in]."""
    with name_scope(name, "conv1d_transpose", [input, filters, output_shape]):
        if data_format is None or data_format == "NWC":
            data_format, spatial_start_dim, channel_index = "NHWC", 1, 2
        elif data_format == "NCW":
            data_format, spatial_start_dim, channel_index = "NCHW", 2, 1
        else:
            raise ValueError("`data_format` must be 'NWC' or 'NCW'. Received: data_format=%s" % data_format)
        strides = [1] + get_sequence(strides, 1, channel_index, "stride")
        dilations = [1] + get_sequence(dilations, 1, channel_index, "dilations")
        expand = _tf("expand_dims")
        input = expand(input, spatial_start_dim)
        filters = expand(filters, 0)
        if not isinstance(output_shape, _ops.Tensor):
            output_shape = list(output_shape)
        output_shape = _tf("concat")([output_shape[:spatial_start_dim], [1], output_shape[spatial_start_dim:]], 0)
        result = apply_op("Conv2DBackpropInput", [_tf("cast")(output_shape, dtypes.int32), filters, input],
                          {"strides": strides, "padding": padding, "data_format": data_format,
                           "dilations": dilations})
        return _tf("squeeze")(result, [spatial_start_dim])


@tf_export("nn.conv_transpose")
def conv_transpose(input, filters, output_shape, strides, padding="SAME", data_format=None, dilations=None,
                   name=None):
    """conv1d/2d/3d_transpose, chosen by the length of output_shape."""
    with name_scope(name, "conv_transpose", [input, filters, output_shape]) as scope:
        if isinstance(output_shape, _ops.Tensor):
            n = output_shape.shape.as_list()[0] - 2
        elif hasattr(output_shape, "__len__"):
            n = len(output_shape) - 2
        else:
            raise ValueError("`output_shape` must be a tensor or sized collection. Received: output_shape=%s"
                             % (output_shape,))
        if not 1 <= n <= 3:
            raise ValueError("`output_shape` must be of length 3, 4 or 5. Received: output_shape=%s of length %d."
                             % (output_shape, n + 2))
        if n == 1:
            return conv1d_transpose(input, filters, output_shape, strides, padding=padding,
                                    data_format=data_format or "NWC", dilations=dilations, name=scope)
        fn = _tf("nn.conv2d_transpose" if n == 2 else "nn.conv3d_transpose")
        default = "NHWC" if n == 2 else "NDHWC"
        return fn(input, filters, output_shape, strides, padding=padding, data_format=data_format or default,
                  dilations=dilations, name=scope)


@tf_export("nn.depthwise_conv2d_native_backprop_input", "nn.depthwise_conv2d_backprop_input")
def depthwise_conv2d_native_backprop_input(input_sizes, filter, out_backprop, strides, padding,
                                           data_format="NHWC", dilations=(1, 1, 1, 1), name=None):
    """The gradient of depthwise_conv2d_native with respect to its input."""
    attrs = {"strides": list(strides), "padding": padding, "data_format": data_format,
             "dilations": list(dilations)}
    return apply_op("DepthwiseConv2dNativeBackpropInput", [input_sizes, filter, out_backprop], attrs, name=name)


@tf_export("nn.depthwise_conv2d_native_backprop_filter", "nn.depthwise_conv2d_backprop_filter")
def depthwise_conv2d_native_backprop_filter(input, filter_sizes, out_backprop, strides, padding,
                                            data_format="NHWC", dilations=(1, 1, 1, 1), name=None):
    """The gradient of depthwise_conv2d_native with respect to its filter."""
    attrs = {"strides": list(strides), "padding": padding, "data_format": data_format,
             "dilations": list(dilations)}
    return apply_op("DepthwiseConv2dNativeBackpropFilter", [input, filter_sizes, out_backprop], attrs, name=name)


# ------------------------------------------------------------------------------ losses
@tf_export("nn.log_poisson_loss")
def log_poisson_loss(targets, log_input, compute_full_loss=False, name=None):
    """exp(log_input) - log_input * targets, plus Stirling's approximation of log(targets!)
    (for targets > 1) when compute_full_loss."""
    with name_scope(name, "log_poisson_loss", [log_input, targets]):
        log_input = _ops.convert_to_tensor(log_input, name="log_input")
        targets = _ops.convert_to_tensor(targets, name="targets")
        if not targets.shape.is_compatible_with(log_input.shape):
            raise ValueError("`log_input` and `targets` must have the same shape, received (%s vs %s)."
                             % (log_input.shape, targets.shape))
        result = _tf("exp")(log_input) - log_input * targets
        if compute_full_loss:
            point_five = _tf("constant")(0.5, dtype=targets.dtype)
            two_pi = _tf("constant")(2 * math.pi, dtype=targets.dtype)
            log = _tf("log")
            stirling_approx = (targets * log(targets)) - targets + (point_five * log(two_pi * targets))
            zeros = _tf("zeros_like")(targets, dtype=targets.dtype)
            ones = _tf("ones_like")(targets, dtype=targets.dtype)
            cond = _tf("logical_and")(targets >= zeros, targets <= ones)
            result += _tf("where")(cond, zeros, stirling_approx)
        return result


@tf_export("nn.collapse_repeated")
def collapse_repeated(labels, seq_length, name=None):
    """Merges repeated labels of each batch row into one: (collapsed [b, new_max], new lengths)."""
    with name_scope(name, "collapse_repeated_labels", [labels, seq_length]):
        labels = _ops.convert_to_tensor(labels, name="labels")
        seq_length = _ops.convert_to_tensor(seq_length, name="seq_length")
        t = _tf
        label_mask = t("concat")([t("ones_like")(labels[:, :1], dtypes.bool),
                                  t("not_equal")(labels[:, 1:], labels[:, :-1])], axis=1)
        maxlen = _dim(labels, 1)
        seq_mask = t("sequence_mask")(seq_length, maxlen=maxlen)
        label_mask = t("logical_and")(label_mask, seq_mask)
        new_seq_len = t("reduce_sum")(t("cast")(label_mask, dtypes.int32), axis=1)
        new_maxlen = t("reduce_max")(new_seq_len)
        idx_mask = t("sequence_mask")(new_seq_len, maxlen=new_maxlen)
        flat_labels = t("reshape")(labels, [-1])
        flat_label_mask = t("reshape")(label_mask, [-1])
        flat_idx_mask = t("reshape")(idx_mask, [-1])
        idx = t("range")(_dim(flat_idx_mask, 0))
        flat = t("scatter_nd")(indices=t("expand_dims")(t("boolean_mask")(idx, flat_idx_mask), axis=1),
                               updates=t("boolean_mask")(flat_labels, flat_label_mask),
                               shape=t("shape")(flat_idx_mask))
        new_shape = [_dim(labels, 0), new_maxlen]
        return t("reshape")(flat, new_shape), t("cast")(new_seq_len, seq_length.dtype)


def _dim(tensor, i):
    static = tensor.shape.as_list()[i] if tensor.shape.ndims is not None else None
    return static if static is not None else _tf("shape")(tensor)[i]


@tf_export("nn.compute_average_loss")
def compute_average_loss(per_example_loss, sample_weight=None, global_batch_size=None, name=None):
    """sum(per_example_loss * sample_weight) / global_batch_size (default: the batch size;
    one replica here)."""
    per_example_loss = _ops.convert_to_tensor(per_example_loss)
    input_dtype = per_example_loss.dtype
    if per_example_loss.shape.ndims == 0:
        raise ValueError("Invalid value passed for `per_example_loss`. Expected a tensor with at least "
                         "rank 1. Received per_example_loss=%s with rank 0" % per_example_loss)
    if sample_weight is not None:
        sample_weight = _ops.convert_to_tensor(sample_weight)
        per_example_loss = per_example_loss * _tf("cast")(sample_weight, per_example_loss.dtype)
    per_example_loss = _tf("cast")(per_example_loss, input_dtype)
    if global_batch_size is None:
        global_batch_size = _tf("shape")(per_example_loss)[0]
    elif not isinstance(global_batch_size, _ops.Tensor) and (
            not float(global_batch_size).is_integer() or isinstance(global_batch_size, float)):
        raise TypeError("global_batch_size must be an integer.")
    global_batch_size = _tf("cast")(global_batch_size, input_dtype)
    return _tf("div_no_nan")(_tf("reduce_sum")(per_example_loss), global_batch_size)


@tf_export("nn.scale_regularization_loss")
def scale_regularization_loss(regularization_loss, name=None):
    """sum(regularization_loss) / the number of replicas (one here)."""
    return _tf("reduce_sum")(regularization_loss) / 1


@tf_export("nn.batch_norm_with_global_normalization")
def batch_norm_with_global_normalization(t=None, m=None, v=None, beta=None, gamma=None, variance_epsilon=None,
                                         scale_after_normalization=None, name=None, input=None, mean=None,
                                         variance=None):
    """Batch normalization with given moments (the deprecated TF1 form of batch_normalization)."""
    t = input if t is None else t
    m = mean if m is None else m
    v = variance if v is None else v
    return _tf("nn.batch_normalization")(t, m, v, beta, gamma if scale_after_normalization else None,
                                         variance_epsilon, name)


# ------------------------------------------------------------------------- array helpers
@tf_export("batch_gather")
def batch_gather(params, indices, name=None):
    """Gathers with batch_dims = rank(indices) - 1 (deprecated in TF for tf.gather)."""
    with name_scope(name, "BatchGather", [params, indices]):
        indices = _ops.convert_to_tensor(indices, name="indices")
        params = _ops.convert_to_tensor(params, name="params")
        if indices.shape.ndims is None:
            raise ValueError("batch_gather does not allow indices with unknown shape.")
        return _batch_gather(params, indices, indices.shape.ndims - 1)


def _batch_gather(params, indices, batch_dims):
    t = _tf
    params_shape = t("shape")(params)
    indices_shape = t("shape")(indices)
    batch_indices = indices
    indices_dtype = indices.dtype.base_dtype
    accum_dim_value = t("ones")((), dtype=indices_dtype)
    casted_params_shape = t("cast")(params_shape, indices_dtype)
    for dim in range(batch_dims, 0, -1):
        dim_value = casted_params_shape[dim - 1]
        accum_dim_value *= casted_params_shape[dim]
        dim_indices = t("range")(t("zeros")((), dtype=indices_dtype), dim_value, t("ones")((), dtype=indices_dtype))
        dim_indices *= accum_dim_value
        dim_shape = t("concat")([t("tile")([1], [dim - 1]), [dim_value], t("tile")([1], [t("rank")(indices) - dim])],
                                axis=0)
        batch_indices += t("reshape")(dim_indices, dim_shape)
    flat_indices = t("reshape")(batch_indices, [-1])
    outer_shape = params_shape[batch_dims + 1:]
    flat_inner_shape = t("reduce_prod")(params_shape[:batch_dims + 1], [0], False)
    flat_params = t("reshape")(params, t("concat")([[flat_inner_shape], outer_shape], axis=0))
    flat_result = t("gather")(flat_params, flat_indices)
    result = t("reshape")(flat_result, t("concat")([indices_shape, outer_shape], axis=0))
    if params.shape.ndims is not None:
        final = indices.shape[:batch_dims].merge_with(params.shape[:batch_dims])
        final = final.concatenate(indices.shape[batch_dims:]).concatenate(params.shape[batch_dims + 1:])
        result.set_shape(final)
    return result


@tf_export("batch_scatter_update")
def batch_scatter_update(ref, indices, updates, use_locking=True, name=None):
    """ref[i..., indices[i..., j], ...] = updates[i..., j, ...]: scatter_nd_update with the batch
    coordinates added to indices."""
    with name_scope(name):
        t = _tf
        indices = _ops.convert_to_tensor(indices, name="indices")
        indices_shape = t("shape")(indices)
        rank = indices.shape.ndims
        if rank is None:
            raise ValueError("batch_gather does not allow indices with unknown shape.")
        nd_indices = t("expand_dims")(indices, axis=-1)
        nd_indices_list = []
        for dimension in range(rank - 1):
            dimension_size = indices_shape[dimension]
            shape_to_broadcast = [1] * (rank + 1)
            shape_to_broadcast[dimension] = dimension_size
            size_range = t("reshape")(t("range")(0, dimension_size, 1), shape_to_broadcast)
            if size_range.dtype.base_dtype != nd_indices.dtype.base_dtype:
                size_range = t("cast")(size_range, nd_indices.dtype)
            nd_indices_list.append(size_range * t("ones_like")(nd_indices))
        nd_indices_list.append(nd_indices)
        final_indices = t("concat")(nd_indices_list, axis=-1)
        return t("scatter_nd_update")(ref, final_indices, updates, use_locking=use_locking)


@tf_export("add_check_numerics_ops")
def add_check_numerics_ops():
    """A CheckNumerics op for every half/float/double output of the default graph, chained by
    control dependencies; returns the group op that runs them all."""
    checks = []
    graph = _scopes.get_default_graph()
    for op in graph.get_operations():
        for output in op.outputs:
            if output.dtype in (dtypes.float16, dtypes.float32, dtypes.float64):
                message = op.name + ":" + str(output.value_index)
                with _scopes.control_dependencies(checks):
                    checks = [_tf("check_numerics")(output, message=message)]
    return _tf("group")(*checks)


@tf_export("required_space_to_batch_paddings")
def required_space_to_batch_paddings(input_shape, block_shape, base_paddings=None, name=None):
    """(paddings, crops) that make input_shape + base paddings divisible by block_shape."""
    with name_scope(name, "required_space_to_batch_paddings", [input_shape, block_shape]):
        t = _tf
        input_shape = _ops.convert_to_tensor(input_shape, dtype=dtypes.int32, name="input_shape")
        block_shape = _ops.convert_to_tensor(block_shape, dtype=dtypes.int32, name="block_shape")
        block_shape.shape.assert_is_fully_defined()
        block_shape.shape.assert_has_rank(1)
        num_block_dims = block_shape.shape.as_list()[0]
        if num_block_dims == 0:
            return t("zeros")([0, 2], dtypes.int32), t("zeros")([0, 2], dtypes.int32)
        input_shape.shape.assert_is_compatible_with([num_block_dims])
        if base_paddings is not None:
            base_paddings = _ops.convert_to_tensor(base_paddings, dtype=dtypes.int32, name="base_paddings")
            base_paddings.shape.assert_is_compatible_with([num_block_dims, 2])
        else:
            base_paddings = t("zeros")([num_block_dims, 2], dtypes.int32)
        const_block = tensor_util.constant_value(block_shape)
        const_input = tensor_util.constant_value(input_shape)
        const_base = tensor_util.constant_value(base_paddings)
        if const_block is not None and const_input is not None and const_base is not None:
            block_shape, input_shape, base_paddings = const_block, const_input, const_base
        pad_start = base_paddings[:, 0]
        orig_pad_end = base_paddings[:, 1]
        full_input_shape = input_shape + pad_start + orig_pad_end
        pad_end_extra = (block_shape - full_input_shape % block_shape) % block_shape
        pad_end = orig_pad_end + pad_end_extra
        paddings = t("stack")([[pad_start[i], pad_end[i]] for i in range(num_block_dims)], name="paddings")
        crops = t("stack")([[0, pad_end_extra[i]] for i in range(num_block_dims)], name="crops")
        return paddings, crops
