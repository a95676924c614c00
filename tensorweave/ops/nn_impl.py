"""nn composites and batch norm: dropout, moments, batch_normalization, fused_batch_norm
(FusedBatchNormV3 / FusedBatchNormGradV3), embedding_lookup, the logistic losses, and the
nn.* aliases of math functions (sigmoid, tanh, l2_normalize, top_k)."""

import functools
import numbers

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes, errors
from tensorweave.framework.op_def import OpDef, register_op, registered_ops
from tensorweave.framework.ops import Tensor
from tensorweave.framework.scopes import colocate_with, name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops, reduction_ops
from tensorweave.ops.nn_util import const, float_attr, op, shape_of, to_tensor

# ============================================================== batch norm

_BN_FORMATS = "data_format: {'NHWC', 'NCHW', 'NDHWC', 'NCDHW'} = 'NHWC'"


def _bn_channels_last(x, data_format):
    if data_format.startswith("NC"):
        return np.moveaxis(x, 1, -1)
    return x


def _bn_restore(x, data_format):
    if data_format.startswith("NC"):
        return np.moveaxis(x, -1, 1)
    return x


def _bn_channel_dim(shape, data_format):
    if shape.ndims is None:
        return None
    return shape.as_list()[1 if data_format.startswith("NC") else -1]


@register_op("FusedBatchNormV3",
             inputs=["x: T", "scale: U", "offset: U", "mean: U", "variance: U"],
             outputs=["y: T", "batch_mean: U", "batch_variance: U", "reserve_space_1: U",
                      "reserve_space_2: U", "reserve_space_3: U"],
             attrs=["T: {half, bfloat16, float}", "U: {bfloat16, float}",
                    "epsilon: float = 0.0001", "exponential_avg_factor: float = 1", _BN_FORMATS,
                    "is_training: bool = true"])
class FusedBatchNormV3(OpDef):
    def shape(self, x, scale, offset, mean, variance, *, data_format, is_training):
        xs = x.shape
        if xs.ndims is not None and xs.ndims not in (4, 5):
            raise ValueError("Shape must be rank 4 but is rank %d" % xs.ndims)
        c = _bn_channel_dim(xs, data_format)
        vec = TensorShape([c])
        for t in (scale, offset) + (() if is_training else (mean, variance)):
            if t.shape.ndims is not None and t.shape.ndims != 1:
                raise ValueError("Shape must be rank 1 but is rank %d" % t.shape.ndims)
            if not vec.is_compatible_with(t.shape):
                raise ValueError("Dimensions must be equal, but are %s and %s"
                                 % (vec.as_list()[0], t.shape.as_list()[0]))
            vec = vec.merge_with(t.shape)
        # y is x of rank 4 (5 for NDHWC/NCDHW) with the channel dim merged with the vectors'.
        y = xs.as_list() if xs.ndims is not None else [None] * len(data_format)
        y[1 if data_format.startswith("NC") else -1] = vec.as_list()[0]
        return [TensorShape(y), vec, vec, vec, vec, TensorShape([None])]

    def kernel(self, x, scale, offset, mean, variance, *, epsilon, exponential_avg_factor,
               data_format, is_training):
        xc = _bn_channels_last(x, data_format).astype(np.float32, copy=False)
        c = xc.shape[-1]
        for name, v in (("scale", scale), ("offset", offset)):
            if v.shape != (c,):
                raise errors.InvalidArgumentError(
                    None, None, "%s must have the same number of elements as the channels of x, "
                    "got %d and %d" % (name, v.size, c))
        eps = np.float32(epsilon)
        axes = tuple(range(xc.ndim - 1))
        if is_training:
            n = xc.size // max(c, 1)
            batch_mean = np.mean(xc, axis=axes, dtype=np.float32)
            batch_var = np.mean(np.square(xc - batch_mean), axis=axes, dtype=np.float32)
            unbiased = batch_var * np.float32(n / max(n - 1, 1))
            f = np.float32(exponential_avg_factor)
            if f != 1 and mean.size == c and variance.size == c:
                out_mean = (1 - f) * mean + f * batch_mean
                out_var = (1 - f) * variance + f * unbiased
            else:
                out_mean, out_var = batch_mean, unbiased
            use_mean, use_var = batch_mean, batch_var
        else:
            if mean.shape != (c,) or variance.shape != (c,):
                raise errors.InvalidArgumentError(
                    None, None, "When is_training=false, mean and variance must have %d elements, "
                    "got %d and %d" % (c, mean.size, variance.size))
            use_mean, use_var = mean, variance
            out_mean, out_var = mean, variance
        inv = scale / np.sqrt(use_var + eps)
        y = (xc - use_mean) * inv + offset
        y = _bn_restore(y, data_format).astype(x.dtype, copy=False)
        f32 = np.float32
        return [y, np.asarray(out_mean, f32), np.asarray(out_var, f32), np.asarray(use_mean, f32),
                np.asarray(use_var, f32), np.zeros((0,), f32)]

    def grad(self, op_, dy, *unused):
        x, scale, _, pop_mean, pop_var = op_.inputs
        attrs = {"epsilon": op_._attrs["epsilon"], "data_format": op_._attrs["data_format"],
                 "is_training": op_._attrs["is_training"]}
        if op_._attrs["is_training"]:
            r1, r2 = op_.outputs[3], op_.outputs[4]
        else:
            r1, r2 = pop_mean, pop_var
        dx, dscale, doffset, _, _ = op("FusedBatchNormGradV3",
                                       [dy, x, scale, r1, r2, op_.outputs[5]], attrs)
        return [dx, dscale, doffset, None, None]


@register_op("FusedBatchNormGradV3",
             inputs=["y_backprop: T", "x: T", "scale: float", "reserve_space_1: U",
                     "reserve_space_2: U", "reserve_space_3: U"],
             outputs=["x_backprop: T", "scale_backprop: U", "offset_backprop: U",
                      "reserve_space_4: U", "reserve_space_5: U"],
             attrs=["T: {half, bfloat16, float}", "U: {float}", "epsilon: float = 0.0001",
                    _BN_FORMATS, "is_training: bool = true"])
class FusedBatchNormGradV3(OpDef):
    def shape(self, y_backprop, x, scale, reserve_space_1, reserve_space_2, reserve_space_3, *,
              data_format):
        xs = y_backprop.shape.merge_with(x.shape)
        vec = TensorShape([_bn_channel_dim(xs, data_format)]).merge_with(scale.shape)
        return [xs, vec, vec, TensorShape([0]), TensorShape([0])]

    def kernel(self, y_backprop, x, scale, reserve_space_1, reserve_space_2, reserve_space_3, *,
               epsilon, data_format, is_training):
        dy = _bn_channels_last(y_backprop, data_format).astype(np.float32, copy=False)
        xc = _bn_channels_last(x, data_format).astype(np.float32, copy=False)
        axes = tuple(range(xc.ndim - 1))
        inv = 1 / np.sqrt(reserve_space_2 + np.float32(epsilon))
        xhat = (xc - reserve_space_1) * inv
        doffset = np.sum(dy, axis=axes, dtype=np.float32)
        dscale = np.sum(dy * xhat, axis=axes, dtype=np.float32)
        if is_training:
            n = np.float32(xc.size // max(xc.shape[-1], 1))
            dx = (scale * inv / n) * (n * dy - doffset - xhat * dscale)
        else:
            dx = dy * (scale * inv)
        dx = _bn_restore(dx, data_format).astype(x.dtype, copy=False)
        empty = np.zeros((0,), np.float32)
        return [dx, dscale, doffset, empty, empty]

    # NOTE: second derivatives of batch norm are not implemented; declared so on purpose.
    grad = None


@tf_export("nn.fused_batch_norm")
def fused_batch_norm(x, scale, offset=None, mean=None, variance=None, epsilon=0.001,
                     data_format="NHWC", is_training=True, name=None, exponential_avg_factor=1.0):
    if (not is_training or exponential_avg_factor != 1.0) and (mean is None or variance is None):
        raise ValueError("Both `mean` and `variance` must be a 1D tensor when is_training is "
                         "False or exponential_avg_factor != 1.0. Received: mean %r and "
                         "variance %r" % (mean, variance))
    x = to_tensor(x, name="input")
    scale = to_tensor(scale, name="scale")
    if offset is None:
        offset = op("ZerosLike", [scale])
    if mean is None:
        mean = const(np.zeros((0,), np.float32))
    if variance is None:
        variance = const(np.zeros((0,), np.float32))
    epsilon = max(epsilon, 1.001e-5)
    outs = op("FusedBatchNormV3", [x, scale, offset, mean, variance],
              {"epsilon": float_attr(epsilon),
               "exponential_avg_factor": float_attr(exponential_avg_factor),
               "data_format": data_format, "is_training": bool(is_training)}, name=name)
    return outs[0], outs[1], outs[2]


@tf_export("nn.batch_normalization")
def batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    with name_scope(name, "batchnorm", [x, mean, variance, scale, offset]):
        x = to_tensor(x, name="x")
        if _is_py_number(variance) and _is_py_number(variance_epsilon):
            var_eps = variance + variance_epsilon  # added in Python, as TF's `variance + eps`
        else:
            var_eps = op("AddV2", [to_tensor(variance, name="variance"), variance_epsilon], name="add")
        inv = op("Rsqrt", [var_eps])
        if scale is not None:
            inv = op("Mul", [inv, scale], name="mul")
        inv = _cast_to(inv, x.dtype.base_dtype)
        scaled = op("Mul", [x, inv], name="mul")
        if offset is not None:
            shift = op("Mul", [mean, inv], name="mul")
            shift = op("Sub", [_cast_to(to_tensor(offset, dtype=shift.dtype.base_dtype), shift.dtype),
                               shift], name="sub")
        else:  # TF's `-mean * inv`
            shift = op("Mul", [op("Neg", [mean]), inv], name="mul")
        return op("AddV2", [scaled, _cast_to(shift, x.dtype.base_dtype)], name="add")


def _is_py_number(v):
    return isinstance(v, (int, float, np.number)) and not isinstance(v, bool)


def _cast_to(t, dtype):
    if t.dtype.base_dtype == dtype:
        return t
    return op("Cast", [t], {"DstT": dtype})


@tf_export("nn.moments")
def moments(x, axes, shift=None, name=None, keep_dims=None, keepdims=None):
    keep = bool(keepdims if keepdims is not None else keep_dims)
    with name_scope(name, "moments", [x, axes]):
        x = to_tensor(x, name="x")
        y = _cast_to(x, dtypes.float32) if x.dtype.base_dtype == dtypes.float16 else x
        axes_list = [int(a) for a in (axes if isinstance(axes, (list, tuple)) else [axes])] \
            if not isinstance(axes, Tensor) else None
        # As TF's reduce_mean: a list of axes becomes each Mean's own "reduction_indices".
        def axes_t():
            return axes if axes_list is None else np.array(axes_list, np.int32)

        mean = op("Mean", [y, axes_t()], {"keep_dims": True}, name="mean")
        variance = op("Mean", [op("SquaredDifference", [y, op("StopGradient", [mean])]), axes_t()],
                      {"keep_dims": True}, name="variance")
        if not keep:
            if axes_list is None:
                raise ValueError("moments with keep_dims=False needs axes as a Python list")
            mean = op("Squeeze", [mean], {"squeeze_dims": axes_list}, name="Squeeze")
            variance = op("Squeeze", [variance], {"squeeze_dims": axes_list}, name="Squeeze")
        if x.dtype.base_dtype == dtypes.float16:
            mean, variance = _cast_to(mean, dtypes.float16), _cast_to(variance, dtypes.float16)
        return mean, variance


@tf_export("nn.normalize_moments")
def normalize_moments(counts, mean_ss, variance_ss, shift, name=None):
    with name_scope(name, "normalize", [counts, mean_ss, variance_ss, shift]):
        divisor = op("Reciprocal", [counts], name="divisor")
        shifted_mean = op("Mul", [mean_ss, divisor], name="shifted_mean")
        mean = shifted_mean if shift is None else op("AddV2", [shifted_mean, shift], name="mean")
        variance = op("Sub", [op("Mul", [variance_ss, divisor]), op("Square", [shifted_mean])],
                      name="variance")
        return mean, variance


@tf_export("nn.sufficient_statistics")
def sufficient_statistics(x, axes, shift=None, keep_dims=None, name=None, keepdims=None):
    """(count, sum of x - shift, sum of (x - shift)**2, shift) over `axes`; the count is a
    constant when those dims are static."""
    keep = bool(keepdims if keepdims is not None else keep_dims)
    axes = sorted(set(int(a) for a in axes))
    with name_scope(name, "sufficient_statistics", [x, shift]):
        x = to_tensor(x, name="x")
        dims = x.shape.as_list() if x.shape.ndims is not None else None
        if dims is not None and all(dims[a] is not None for a in axes):
            count = const(np.array(np.prod([dims[a] for a in axes]), x.dtype.base_dtype.as_numpy_dtype))
        else:
            rank = op("Rank", [x])
            positive = op("Pack", [[a if a >= 0 else op("AddV2", [rank, const(np.int32(a))]) for a in axes]])
            sizes = op("GatherV2", [_cast_to(shape_of(x), x.dtype.base_dtype), positive, const(np.int32(0))])
            count = op("Prod", [sizes, const(np.int32(0))], {"keep_dims": False}, name="count")
        if shift is not None:
            shift = to_tensor(shift, name="shift")
            centered, squared = math_ops.subtract(x, shift), math_ops.squared_difference(x, shift)
        else:
            centered, squared = x, math_ops.square(x)
        mean_ss = reduction_ops.reduce_sum(centered, axes, keepdims=keep, name="mean_ss")
        var_ss = reduction_ops.reduce_sum(squared, axes, keepdims=keep, name="var_ss")
    return count, mean_ss, var_ss, shift


@tf_export("nn.weighted_moments")
def weighted_moments(x, axes, frequency_weights, name=None, keep_dims=None, keepdims=None):
    """Frequency-weighted mean and variance of `x` over `axes` (weights broadcast against x;
    a zero total weight gives zeros)."""
    keep = bool(keepdims if keepdims is not None else keep_dims)
    with name_scope(name, "weighted_moments", [x, frequency_weights, axes]):
        x = to_tensor(x, name="x")
        weights = to_tensor(frequency_weights, name="frequency_weights")
        half = x.dtype.base_dtype == dtypes.float16
        if half:
            x = _cast_to(x, dtypes.float32)
        weights = _cast_to(weights, x.dtype.base_dtype)
        sum_ = functools.partial(reduction_ops.reduce_sum, axis=axes, keepdims=True)
        weighted_sum = sum_(math_ops.multiply(weights, x), name="weighted_input_sum")
        # Broadcast the weights to x's shape so every element's weight is counted.
        total = sum_(math_ops.add(weights, op("ZerosLike", [x])), name="sum_of_weights")
        mean = math_ops.div_no_nan(weighted_sum, total)
        distsq = sum_(math_ops.multiply(weights, math_ops.squared_difference(x, mean)),
                      name="weighted_distsq")
        variance = math_ops.div_no_nan(distsq, total)
        if not keep:
            squeeze = [int(a) for a in (axes if isinstance(axes, (list, tuple)) else [axes])]
            mean = op("Squeeze", [mean], {"squeeze_dims": squeeze}, name="Squeeze")
            variance = op("Squeeze", [variance], {"squeeze_dims": squeeze}, name="Squeeze")
        if half:
            mean, variance = _cast_to(mean, dtypes.float16), _cast_to(variance, dtypes.float16)
        return mean, variance


# ====================================================== local response norm


def _channel_window_sum(v, radius):
    """sum of v[..., j] for |j - i| <= radius, for every channel i (last axis)."""
    c = v.shape[-1]
    csum = np.cumsum(v, axis=-1, dtype=np.float64 if v.dtype == np.float64 else np.float32)
    csum = np.concatenate([np.zeros(v.shape[:-1] + (1,), csum.dtype), csum], axis=-1)
    idx = np.arange(c)
    hi = np.minimum(idx + radius + 1, c)
    lo = np.maximum(idx - radius, 0)
    return (csum[..., hi] - csum[..., lo]).astype(v.dtype, copy=False)


_LRN_ATTRS = ["depth_radius: int = 5", "bias: float = 1", "alpha: float = 1", "beta: float = 0.5",
              "T: {half, bfloat16, float} = DT_FLOAT"]


@register_op("LRN", inputs=["input: T"], outputs=["output: T"], attrs=_LRN_ATTRS)
class LRN(OpDef):
    def shape(self, input):  # noqa: A002
        if input.shape.ndims is not None and input.shape.ndims != 4:
            raise ValueError("Shape must be rank 4 but is rank %d" % input.shape.ndims)
        return input.shape if input.shape.ndims is not None else TensorShape([None] * 4)

    def kernel(self, input, *, depth_radius, bias, alpha, beta):  # noqa: A002
        t = input.dtype.type
        norm = t(bias) + t(alpha) * _channel_window_sum(np.square(input), depth_radius)
        return (input * norm ** t(-beta)).astype(input.dtype, copy=False)

    def grad(self, op_, grad):
        attrs = {k: op_._attrs[k] for k in ("depth_radius", "bias", "alpha", "beta")}
        return [op("LRNGrad", [grad, op_.inputs[0], op_.outputs[0]], attrs)]


@register_op("LRNGrad", inputs=["input_grads: T", "input_image: T", "output_image: T"],
             outputs=["output: T"], attrs=_LRN_ATTRS)
class LRNGrad(OpDef):
    def shape(self, input_grads, input_image, output_image):
        return input_grads.shape.merge_with(input_image.shape)

    def kernel(self, input_grads, input_image, output_image, *, depth_radius, bias, alpha, beta):
        # y_j = x_j N_j^-b, N_j = bias + alpha sum_{|k-j|<=r} x_k^2:
        # dx_i = dy_i N_i^-b - 2 alpha b x_i sum_{|j-i|<=r} dy_j y_j / N_j
        t = input_image.dtype.type
        x, dy, y = input_image, input_grads, output_image
        norm = t(bias) + t(alpha) * _channel_window_sum(np.square(x), depth_radius)
        cross = _channel_window_sum(dy * y / norm, depth_radius)
        dx = dy * norm ** t(-beta) - t(2 * alpha * beta) * x * cross
        return dx.astype(x.dtype, copy=False)

    # NOTE: second derivatives of LRN are not implemented (TF has none either).
    grad = None


@tf_export("nn.local_response_normalization", "nn.lrn")
def local_response_normalization(input, depth_radius=5, bias=1, alpha=1, beta=0.5, name=None):  # noqa: A002
    attrs = {"depth_radius": int(depth_radius), "bias": float_attr(bias),
             "alpha": float_attr(alpha), "beta": float_attr(beta)}
    return op("LRN", [input], attrs, name=name)


# ================================================================= dropout


@tf_export("nn.dropout")
def dropout(x, keep_prob=None, noise_shape=None, seed=None, name=None, rate=None):
    if keep_prob is not None and rate is not None:
        raise ValueError("Cannot specify both 'keep_prob' and 'rate'.")
    if keep_prob is not None:
        try:
            rate = 1 - keep_prob  # for a tensor, as TF's: Sub named "sub" with its "sub/x"
        except TypeError:
            raise ValueError("keep_prob must be a floating point number or Tensor (got %r)"
                             % (keep_prob,)) from None
    if rate is None:
        raise ValueError("You must provide a rate to dropout.")
    return dropout_v2(x, rate, noise_shape=noise_shape, seed=seed, name=name)


def dropout_v2(x, rate, noise_shape=None, seed=None, name=None):
    with name_scope(name, "dropout", [x]):
        is_number = isinstance(rate, numbers.Real)
        if is_number and (rate < 0 or rate >= 1):
            raise ValueError("`rate` must be a scalar tensor or a float in the range [0, 1). "
                             "Received: rate=%s" % rate)
        x = to_tensor(x, name="x")
        dtype = x.dtype.base_dtype
        if not dtype.is_floating:
            raise ValueError("`x.dtype` must be a floating point tensor as `x` will be scaled. "
                             "Received: x_dtype=%s" % dtype.name)
        if is_number and rate == 0:
            return x
        if is_number:
            scaled = op("Mul", [x, const(1.0 / (1.0 - rate), dtype)], name="Mul")
        else:
            rate = to_tensor(rate, name="rate")
            if rate.shape.ndims not in (None, 0):
                raise ValueError("Shape must be rank 0 but is rank %d" % rate.shape.ndims)
            rate = _cast_to(rate, dtype)
            scaled = op("RealDiv", [x, op("Sub", [const(1.0, dtype), rate])])
        shape = _noise_shape(x, noise_shape)
        from tensorweave.ops import random_ops

        noise = random_ops.random_uniform(shape, seed=seed, dtype=dtype)
        keep = op("GreaterEqual", [noise, rate])
        zero = const(np.zeros((), dtype.as_numpy_dtype))
        if "SelectV2" in registered_ops():
            out = op("SelectV2", [keep, scaled, zero])
        else:
            out = op("Mul", [scaled, _cast_to(keep, dtype)])
        out.set_shape(x.shape)
        return out


def _noise_shape(x, noise_shape):
    if noise_shape is None:
        return shape_of(x)
    if isinstance(noise_shape, Tensor):
        return noise_shape
    dims = list(noise_shape)
    xs = x.shape
    if xs.ndims is not None and len(dims) == xs.ndims:
        dims = [xd if nd is None else nd for nd, xd in zip(dims, xs.as_list())]
    if any(d is None for d in dims):
        full = shape_of(x)
        return op("Pack", [[d if d is not None else
                            op("StridedSlice", [full, [i], [i + 1], [1]],
                               {"shrink_axis_mask": 1}) for i, d in enumerate(dims)]],
                  {"axis": 0})
    return const(np.array(dims, np.int32), name="noise_shape")


# ========================================================== embedding lookup


@tf_export("nn.embedding_lookup")
def embedding_lookup(params, ids, partition_strategy="mod", name=None, validate_indices=True,
                     max_norm=None):
    if params is None or (isinstance(params, (list, tuple)) and not params):
        raise ValueError("Length of params is currently 0. Need at least one param.")
    if hasattr(params, "_get_variable_list"):  # a PartitionedVariable: look up in its parts
        params = list(params)
    shards = list(params) if isinstance(params, (list, tuple)) else [params]
    if len(shards) > 1 and partition_strategy not in ("mod", "div"):  # TF checks it only here
        raise ValueError("Unrecognized partition strategy: %s.Must be one of either `mod` or "
                         "`div`." % partition_strategy)
    with name_scope(name, "embedding_lookup", shards + [ids]) as scope:
        originals = shards
        if len(shards) == 1 and getattr(shards[0], "_is_resource", False):
            # As TF: one resource variable is read with its sparse_read (a ResourceGather
            # named for the scope), so its gradient is an IndexedSlices of the variable.
            ids = to_tensor(ids, name="ids")
            with colocate_with(shards[0].op):
                result = shards[0].sparse_read(ids, name=scope)
            if max_norm is not None:
                result = _clip_rows(result, ids, max_norm)
            return op("Identity", [result], name="Identity")
        if len(shards) > 1 and any(getattr(p, "_is_resource", False) for p in shards):
            # As in TF: resource variables are not read densely; each is gathered (a
            # ResourceGather) colocated with the variable itself.
            shards = list(shards)
        else:
            shards = [to_tensor(p) for p in shards]
        ids = to_tensor(ids, name="ids")
        if len(shards) > 1:
            return _partitioned_lookup(originals, shards, ids, partition_strategy, scope,
                                       max_norm)
        axis = const(np.array(0, np.int32), name="axis")
        with colocate_with(shards[0].op):
            result = op("GatherV2", [shards[0], ids, axis], name=scope)
        if max_norm is not None:
            result = _clip_rows(result, ids, max_norm)
        return op("Identity", [result], name="Identity")


def _partitioned_lookup(params, shards, ids, strategy, scope, max_norm):
    """TF's lookup over several shards: ids are split with DynamicPartition, each shard is
    gathered on its own (so each shard's gradient is an IndexedSlices), and the rows are put
    back in order with ParallelDynamicStitch."""
    from tensorweave.ops import array_creation_ops, array_ops, data_flow_ops, slicing_ops

    n = len(shards)
    flat_ids = array_ops.reshape(ids, [-1])
    original_indices = array_creation_ops.range(array_ops.size(flat_ids))
    id_dtype = flat_ids.dtype.base_dtype
    if strategy == "mod":
        p_assignments = flat_ids % n
        new_ids = flat_ids // n
    else:
        dims = [s.shape.as_list()[0] if s.shape.ndims else None for s in shards]
        if all(d is not None for d in dims):
            num_total_ids = const(np.array(sum(dims), id_dtype.as_numpy_dtype))
        else:
            sizes = []
            for shard, d in zip(shards, dims):
                if d is not None:
                    sizes.append(d)
                else:
                    with colocate_with(shard.op):
                        sizes.append(array_ops.shape(shard)[0])
            num_total_ids = reduction_ops.reduce_sum(
                math_ops.cast(array_ops.stack(sizes), id_dtype))
        ids_per_partition = num_total_ids // n
        extras = num_total_ids % n
        p_assignments = op("Maximum", [flat_ids // (ids_per_partition + 1),
                                       (flat_ids - extras) // ids_per_partition])
        new_ids = op("Select", [p_assignments < extras, flat_ids % (ids_per_partition + 1),
                                (flat_ids - extras) % ids_per_partition])
    p_assignments = math_ops.cast(p_assignments, dtypes.int32)
    gather_ids = data_flow_ops.dynamic_partition(new_ids, p_assignments, n)
    pindices = data_flow_ops.dynamic_partition(original_indices, p_assignments, n)
    parts = []
    for p in range(n):
        with colocate_with(shards[p].op):
            parts.append(slicing_ops.gather(params[p], gather_ids[p]))
    ret = data_flow_ops._stitch("ParallelDynamicStitch", pindices, parts, scope)
    element_shape = shards[0].shape[1:]
    for s in shards[1:]:
        element_shape = element_shape.merge_with(s.shape[1:])
    if element_shape.is_fully_defined():
        element_dims = element_shape.as_list()
    else:
        with colocate_with(shards[0].op):
            element_dims = array_ops.shape(shards[0])[1:]
    ret = array_ops.reshape(ret, array_ops.concat([array_ops.shape(ids), element_dims], 0))
    ret.set_shape(ids.shape.concatenate(element_shape))
    if max_norm is not None:
        ret = _clip_rows(ret, ids, max_norm)
    return ret


def _clip_rows(x, ids, max_norm):
    """Rescales each embedding so its L2 norm is at most max_norm (TF's clip_by_norm)."""
    from tensorweave.ops.reduction_extra_ops import clip_by_norm

    xr, ir = x.shape.ndims, ids.shape.ndims
    if xr is None or ir is None:
        raise ValueError("max_norm needs static ranks")
    return clip_by_norm(x, max_norm, axes=list(range(ir, xr)))


# ========================================================== logistic losses


def _check_same_shape(labels, logits):
    if not labels.shape.is_compatible_with(logits.shape):
        raise ValueError("`logits` and `labels` must have the same shape, received (%s vs %s)."
                         % (logits.shape, labels.shape))


@tf_export("nn.sigmoid_cross_entropy_with_logits")
def sigmoid_cross_entropy_with_logits(labels=None, logits=None, name=None):
    if labels is None or logits is None:  # TF 2.x: no `_sentinel`, positional arguments work
        raise ValueError("Both `labels` and `logits` must be provided for "
                         "`sigmoid_cross_entropy_with_logits`. Received: labels=%s and logits=%s"
                         % (labels, logits))
    with name_scope(name, "logistic_loss", [logits, labels]) as scope:
        logits = to_tensor(logits, name="logits")
        labels = to_tensor(labels, name="labels")
        if labels.dtype.base_dtype != logits.dtype.base_dtype:  # as TF's `logits * labels`
            raise TypeError("Input 'y' of 'Mul' Op has type %s that does not match type %s of "
                            "argument 'x'." % (labels.dtype.base_dtype.name,
                                               logits.dtype.base_dtype.name))
        _check_same_shape(labels, logits)
        if logits.shape.is_fully_defined():
            zeros = const(np.zeros(logits.shape.as_list(), logits.dtype.base_dtype.as_numpy_dtype),
                          name="zeros_like")
        else:
            zeros = op("ZerosLike", [logits], name="zeros_like")
        cond = op("GreaterEqual", [logits, zeros])
        relu_logits = op("Select", [cond, logits, zeros])
        neg_abs = op("Select", [cond, op("Neg", [logits]), logits])
        linear = op("Sub", [relu_logits, op("Mul", [logits, labels], name="mul")], name="sub")
        return op("AddV2", [linear, op("Log1p", [op("Exp", [neg_abs])])], name=scope)


@tf_export("nn.weighted_cross_entropy_with_logits")
def weighted_cross_entropy_with_logits(labels=None, logits=None, pos_weight=None, name=None,
                                       targets=None):
    if targets is not None:
        if labels is not None:
            raise ValueError("Cannot specify both 'targets' and 'labels'.")
        labels = targets
    with name_scope(name, "logistic_loss", [logits, labels]) as scope:
        logits = to_tensor(logits, name="logits")
        dtype = logits.dtype.base_dtype
        labels = to_tensor(labels, dtype=dtype, name="labels")
        _check_same_shape(labels, logits)
        # TF's `1 + (pos_weight - 1) * labels`, Python operators (a number pos_weight - 1 folds).
        if isinstance(pos_weight, Tensor):
            pw_minus_1 = pos_weight - 1
        else:
            pw_minus_1 = const(float(pos_weight) - 1.0, dtype, name="mul/x")
        scaled = op("Mul", [pw_minus_1, labels], name="mul")
        log_weight = op("AddV2", [const(1.0, dtype, name="add/x"), scaled], name="add")
        one_minus = op("Sub", [const(1.0, dtype, name="sub/x"), labels], name="sub")
        linear = op("Mul", [one_minus, logits], name="mul")
        softplus_neg_abs = op("Log1p", [op("Exp", [op("Neg", [op("Abs", [logits])])])])
        tail = op("AddV2", [softplus_neg_abs, op("Relu", [op("Neg", [logits])])], name="add")
        return op("AddV2", [linear, op("Mul", [log_weight, tail], name="mul")], name=scope)


# ======================================================= small nn helpers


@tf_export("nn.xw_plus_b")
def xw_plus_b(x, weights, biases, name=None):
    with name_scope(name, "xw_plus_b", [x, weights, biases]) as scope:
        mm = op("MatMul", [x, weights], name="MatMul")
        return op("BiasAdd", [mm, to_tensor(biases, dtype=mm.dtype.base_dtype)], name=scope)


@tf_export("nn.relu_layer")
def relu_layer(x, weights, biases, name=None):
    with name_scope(name, "relu_layer", [x, weights, biases]) as scope:
        mm = op("MatMul", [x, weights], name="MatMul")
        return op("Relu", [op("BiasAdd", [mm, to_tensor(biases, dtype=mm.dtype.base_dtype)])],
                  name=scope)


@tf_export("nn.zero_fraction", "math.zero_fraction")
def zero_fraction(value, name=None):
    with name_scope(name, "zero_fraction", [value]):
        value = to_tensor(value, name="value")
        zero = const(np.zeros((), value.dtype.base_dtype.as_numpy_dtype))
        nonzero = _cast_to(op("NotEqual", [value, zero]), dtypes.float32)
        axes = const(np.arange(value.shape.ndims or 0, dtype=np.int32)) \
            if value.shape.ndims is not None else op("Range", [0, op("Rank", [value]), 1])
        frac = op("Mean", [nonzero, axes], {"keep_dims": False})
        zero_part = op("Sub", [const(1.0, dtypes.float32), frac])
        return op("Identity", [zero_part], name="fraction")  # "zero_fraction/fraction", as in TF


# ================================================== aliases of math names


def _export_math_aliases():
    """nn.sigmoid/tanh/l2_normalize/top_k are math functions TF also lists under tf.nn."""
    try:
        from tensorweave.ops import math_ops  # noqa: F401  (registers its exports)
    except ModuleNotFoundError as err:
        if err.name != "tensorweave.ops.math_ops":
            raise
    exports = _api.EXPORTS
    for alias, sources in (("nn.sigmoid", ("math.sigmoid", "sigmoid")),
                           ("nn.tanh", ("math.tanh", "tanh")),
                           ("nn.l2_normalize", ("math.l2_normalize", "l2_normalize")),
                           ("nn.top_k", ("math.top_k",))):
        if alias in exports:
            continue
        for src in sources:
            if src in exports:
                exports[alias] = exports[src]
                break
        else:
            fallback = _FALLBACKS.get(alias)
            if fallback is not None:
                exports[alias] = fallback


def _l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    axis = dim if axis is None else axis
    with name_scope(name, "l2_normalize", [x]) as scope:
        x = to_tensor(x, name="x")
        axes = const(np.array(axis if isinstance(axis, (list, tuple)) else [axis], np.int32))
        square_sum = op("Sum", [op("Square", [x]), axes], {"keep_dims": True})
        inv = op("Rsqrt", [op("Maximum", [square_sum, const(epsilon, x.dtype.base_dtype)])])
        return op("Mul", [x, inv], name=scope)


def _top_k(input, k=1, sorted=True, name=None):
    return op("TopKV2", [input, k], {"sorted": sorted}, name=name)


_FALLBACKS = {"nn.sigmoid": lambda x, name=None: op("Sigmoid", [x], name=name),
              "nn.tanh": lambda x, name=None: op("Tanh", [x], name=name),
              "nn.l2_normalize": _l2_normalize,
              "nn.top_k": _top_k}

_export_math_aliases()
