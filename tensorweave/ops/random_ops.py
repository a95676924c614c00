"""Random ops (RandomUniform, RandomStandardNormal, TruncatedNormal, ...) and TF1's seeding.

Seeds follow TF 2.21's graph-mode rules (`get_seed`): with a graph seed and no op seed, an op
gets the graph's count of such requests as its op seed; with only an op seed, the graph seed is
87654321; with neither, the op is nondeterministic (seed = seed2 = 0). Each kernel keeps its
generator per (session, op) in `ctx.state`, seeded from (seed, seed2): a new session replays the
same sequence, successive runs in one session continue it. RandomUniform, RandomStandardNormal,
TruncatedNormal and RandomUniformInt draw TensorFlow's own numbers (Philox4x32-10 and TF's
conversions, see `philox`), and RandomShuffle, Multinomial, RandomGamma and RandomPoissonV2
TF's orders and samples (TF's algorithms on the same stream).
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import context, errors, tensor_util
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import NO_GRADIENT, OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.framework.tensor_shape import dimension_value as _dimension_value
from tensorweave.ops import philox as _philox_mod

DEFAULT_GRAPH_SEED = 87654321
_MAXINT32 = 2 ** 31 - 1
_FLOATS = "{half, bfloat16, float, double}"


# ------------------------------------------------------------------------ seeds
def _truncate_seed(seed):
    return seed % _MAXINT32


@tf_export("random.get_seed", "get_seed")
def get_seed(op_seed):
    """(seed, seed2) for an op given its op seed and the default graph's seed."""
    graph = context.get_default_graph()
    global_seed = graph.seed
    if global_seed is not None:
        if op_seed is None:
            # NOTE: TF 2.21 counts seed requests per graph (not ops created), so adding
            # unrelated ops between random ops does not change their seeds.
            op_seed = getattr(graph, "_random_seed_counter", 0)
            graph._random_seed_counter = op_seed + 1
        seeds = _truncate_seed(global_seed), _truncate_seed(op_seed)
    elif op_seed is not None:
        seeds = DEFAULT_GRAPH_SEED, _truncate_seed(op_seed)
    else:
        seeds = None, None
    if seeds == (0, 0):
        return 0, _MAXINT32
    return seeds


@tf_export("random.set_random_seed", "set_random_seed")
def set_random_seed(seed):
    """Sets the graph-level seed of the default graph."""
    context.get_default_graph().seed = seed


def _seed_attrs(seed):
    s1, s2 = get_seed(seed)
    return {"seed": s1 or 0, "seed2": s2 or 0}


# ------------------------------------------------------------------ kernel helpers
def _rng(ctx, seed, seed2):
    rng = ctx.state.get("rng")
    if rng is None:
        if seed or seed2:
            rng = np.random.default_rng([seed, seed2])
        else:
            rng = np.random.default_rng()
        ctx.state["rng"] = rng
    return rng


def _dims(shape):
    shape = np.asarray(shape)
    if shape.ndim != 1:
        raise errors.InvalidArgumentError(
            None, None, "shape must be a vector of {int32,int64}, got shape %s"
            % _dims_text(shape.shape))
    dims = tuple(int(d) for d in shape.tolist())
    for d in dims:
        if d < 0:
            raise errors.InvalidArgumentError(None, None, "Dimension %d must be >= 0" % d)
    return dims


def _dims_text(dims):
    return "[" + ",".join(str(d) for d in dims) + "]"


def _shape_from_tensor(shape):
    if shape.shape.ndims is not None and shape.shape.ndims > 1:
        raise ValueError("Shape must be rank 1 but is rank %d" % shape.shape.ndims)
    value = tensor_util.constant_value(shape)
    if value is not None:
        dims = np.reshape(value, [-1]).tolist()
        for d in dims:
            if d < -1:
                raise ValueError("Invalid value in tensor used for shape: %d" % d)
        return TensorShape([None if d == -1 else int(d) for d in dims])
    return tensor_util.constant_value_as_shape(shape)


def _philox(ctx, seed, seed2):
    state = ctx.state.get("philox")
    if state is None:
        state = ctx.state["philox"] = _philox_mod.PhiloxState(seed, seed2)
    return state


def _uniform(key, counter, n, dtype):
    return _philox_mod.uniform(key, counter, n, dtype.name, dtype.as_numpy_dtype)


def _normal(key, counter, n, dtype):
    return _philox_mod.normal(key, counter, n, dtype.name, dtype.as_numpy_dtype)


def _truncated(key, counter, n, dtype):
    return _philox_mod.truncated_normal(key, counter, n, dtype.name, dtype.as_numpy_dtype)


# ------------------------------------------------------------------------- ops
_SEED_ATTRS = ["seed: int = 0", "seed2: int = 0"]


class _FloatRandom(OpDef):
    sample = None

    def shape(self, shape):
        return _shape_from_tensor(shape)

    def kernel(self, ctx, shape, *, dtype, seed, seed2):
        dims = _dims(shape)
        n = int(np.prod(dims, dtype=np.int64))
        state = _philox(ctx, seed, seed2)
        counter = state.reserve(n)
        return type(self).sample(state.key, counter, n, dtype).reshape(dims)

    grad = None


@register_op("RandomUniform", inputs=["shape: T"], outputs=["output: dtype"],
             attrs=_SEED_ATTRS + ["dtype: " + _FLOATS, "T: {int32, int64}"], stateful=True)
class RandomUniform(_FloatRandom):
    sample = staticmethod(_uniform)


@register_op("RandomStandardNormal", inputs=["shape: T"], outputs=["output: dtype"],
             attrs=_SEED_ATTRS + ["dtype: " + _FLOATS, "T: {int32, int64}"], stateful=True)
class RandomStandardNormal(_FloatRandom):
    sample = staticmethod(_normal)


@register_op("TruncatedNormal", inputs=["shape: T"], outputs=["output: dtype"],
             attrs=_SEED_ATTRS + ["dtype: " + _FLOATS, "T: {int32, int64}"], stateful=True)
class TruncatedNormal(_FloatRandom):
    sample = staticmethod(_truncated)


def _scalar_shape_check(t, what):
    if t.shape.ndims is not None and t.shape.ndims != 0:
        raise ValueError("Shape must be rank 0 but is rank %d" % t.shape.ndims)


@register_op("RandomUniformInt", inputs=["shape: T", "minval: Tout", "maxval: Tout"],
             outputs=["output: Tout"],
             attrs=_SEED_ATTRS + ["Tout: {int32, int64}", "T: {int32, int64}"], stateful=True)
class RandomUniformInt(OpDef):
    def shape(self, shape, minval, maxval):
        _scalar_shape_check(minval, "minval")
        _scalar_shape_check(maxval, "maxval")
        return _shape_from_tensor(shape)

    def kernel(self, ctx, shape, minval, maxval, *, Tout, seed, seed2):
        dims = _dims(shape)
        for what, v in (("minval", minval), ("maxval", maxval)):
            if np.ndim(v) != 0:
                raise errors.InvalidArgumentError(
                    None, None, "%s must be 0-D, got shape %s" % (what, _dims_text(np.shape(v))))
        lo, hi = int(minval), int(maxval)
        if lo >= hi:
            raise errors.InvalidArgumentError(None, None, "Need minval < maxval, got %d >= %d" % (lo, hi))
        n = int(np.prod(dims, dtype=np.int64))
        state = _philox(ctx, seed, seed2)
        counter = state.reserve(n)
        return _philox_mod.uniform_int(state.key, counter, n, lo, hi, Tout.as_numpy_dtype).reshape(dims)

    grad = None


@register_op("RandomGamma", inputs=["shape: S", "alpha: T"], outputs=["output: T"],
             attrs=_SEED_ATTRS + ["S: {int32, int64}", "T: {half, float, double}"], stateful=True)
class RandomGamma(OpDef):
    def shape(self, shape, alpha):
        return _shape_from_tensor(shape).concatenate(alpha.shape)

    def kernel(self, ctx, shape, alpha, *, T, seed, seed2):
        dims = _dims(shape)
        out_dims = dims + alpha.shape
        samples = int(np.prod(dims, dtype=np.int64))
        a = alpha.astype(np.float64).reshape(-1)
        valid = a > 0
        state = _philox(ctx, seed, seed2)
        counter = state.reserve(samples * a.size)
        draws = _philox_mod.gamma(state.key, counter, np.where(valid, a, 1.0), samples)
        draws = np.where(np.tile(valid, samples), draws, np.nan)
        return draws.astype(T.as_numpy_dtype).reshape(out_dims)

    def grad(self, op, grad):
        # As TF: the samples' derivative w.r.t. alpha (RandomGammaGrad), summed over the
        # leading sample dimensions; no gradient for the shape.
        shape, alpha = op.inputs
        from tensorweave.framework.scopes import control_dependencies

        with control_dependencies([grad]):
            n = apply_op("StridedSlice", [apply_op("Shape", [shape], {}), np.array([0], np.int32),
                                          np.array([1], np.int32), np.array([1], np.int32)],
                         {"shrink_axis_mask": 1})
            ones = apply_op("Fill", [apply_op("Pack", [[n]], {"axis": 0}), np.int32(1)], {})
            new_shape = apply_op("ConcatV2", [[ones, apply_op("Shape", [alpha], {})], np.int32(0)], {})
            partial = apply_op("RandomGammaGrad", [apply_op("Reshape", [alpha, new_shape], {}), op.outputs[0]], {})
            axes = apply_op("Range", [np.int32(0), n, np.int32(1)], {})
            return [None, apply_op("Sum", [apply_op("Mul", [grad, partial], {}), axes], {"keep_dims": False})]


@register_op("RandomPoissonV2", inputs=["shape: S", "rate: R"], outputs=["output: dtype"],
             attrs=_SEED_ATTRS + ["S: {int32, int64}", "R: {half, float, double, int32, int64} = DT_DOUBLE",
                                  "dtype: {half, float, double, int32, int64} = DT_INT64"],
             stateful=True)
class RandomPoissonV2(OpDef):
    def shape(self, shape, rate):
        return _shape_from_tensor(shape).concatenate(rate.shape)

    def kernel(self, ctx, shape, rate, *, dtype, seed, seed2):
        dims = _dims(shape)
        out_dims = dims + rate.shape
        samples = int(np.prod(dims, dtype=np.int64))
        lam = rate.astype(np.float64).reshape(-1)
        valid = lam >= 0
        state = _philox(ctx, seed, seed2)
        counter = state.reserve(samples * lam.size)
        draws = _philox_mod.poisson(state.key, counter, np.where(valid, lam, 0.0), samples)
        if dtype.is_floating:
            draws = np.where(np.tile(valid, samples), draws, np.nan)
        return draws.astype(dtype.as_numpy_dtype).reshape(out_dims)
    # TF registers no gradient for RandomPoissonV2 (LookupError).
    grad = NO_GRADIENT


@register_op("RandomShuffle", inputs=["value: T"], outputs=["output: T"],
             attrs=_SEED_ATTRS + ["T: type"], stateful=True)
class RandomShuffle(OpDef):
    def shape(self, value):
        return value.shape

    def kernel(self, ctx, value, *, seed, seed2):
        if value.ndim == 0 or value.shape[0] <= 1:
            return value
        return value[_philox_mod.permutation(_philox(ctx, seed, seed2), value.shape[0])]

    grad = None


@register_op("Multinomial", inputs=["logits: T", "num_samples: int32"], outputs=["output: output_dtype"],
             attrs=_SEED_ATTRS + ["T: realnumbertype", "output_dtype: {int32, int64} = DT_INT64"],
             stateful=True)
class Multinomial(OpDef):
    def shape(self, logits, num_samples):
        s = logits.shape
        if s.ndims is not None and s.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % s.ndims)
        _scalar_shape_check(num_samples, "num_samples")
        n = tensor_util.constant_value(num_samples)
        if n is not None and int(n) < 0:
            raise ValueError("Dimension size, given by scalar input 1, must be non-negative but is %d"
                             % int(n))
        batch = s[0] if s.ndims is not None else None
        return TensorShape([batch, None if n is None else int(n)])

    def kernel(self, ctx, logits, num_samples, *, output_dtype, seed, seed2):
        if logits.ndim != 2:
            raise errors.InvalidArgumentError(
                None, None, "logits should be a matrix, got shape %s" % _dims_text(logits.shape))
        n = int(num_samples)
        if n < 0:
            raise errors.InvalidArgumentError(None, None, "num_samples should be non-negative, got %d" % n)
        batch, classes = logits.shape
        if classes <= 0:
            raise errors.InvalidArgumentError(None, None, "num_classes should be positive, got %d" % classes)
        out_dtype = output_dtype.as_numpy_dtype
        if batch == 0 or n == 0:
            return np.zeros((batch, n), out_dtype)
        # As TF: per row, the unnormalized cdf of exp(logit - max) over the finite logits (the
        # others add nothing), searched for u * total with u from two words of the stream per
        # sample (rows one after another). A row with no finite logit gives num_classes.
        x = logits.astype(np.float64)
        finite = np.isfinite(x)
        top = np.max(np.where(finite, x, -np.inf), axis=1, keepdims=True)
        top[~np.isfinite(top)] = np.finfo(np.float64).min
        with np.errstate(over="ignore", invalid="ignore"):
            cdf = np.cumsum(np.where(finite, np.exp(x - top), 0.0), axis=1)
        state = _philox(ctx, seed, seed2)
        counter = state.reserve_blocks(batch * ((n + 3) // 4 * 4) * 2 * _philox_mod.BLOCKS_PER_OUTPUT)
        words = _philox_mod.blocks(state.key, counter, (batch * n * 2 + 3) // 4).reshape(-1)
        u = _philox_mod._float64(words[0:2 * batch * n:2], words[1:2 * batch * n:2]).reshape(batch, n)
        out = np.empty((batch, n), out_dtype)
        for b in range(batch):
            out[b] = np.searchsorted(cdf[b], u[b] * cdf[b, -1], side="right")
        return out

    grad = None


# --------------------------------------------------------------------- wrappers
def _shape_tensor(shape):
    """TF's shape_tensor: a 1-D int32/int64 tensor named "shape" (an empty list is int32)."""
    if isinstance(shape, (list, tuple)):
        shape = [_dimension_value(d) for d in shape]  # TF1 Dimensions give their values
        ints = [d for d in shape if isinstance(d, (int, np.integer)) and not isinstance(d, bool)]
        for d in ints:
            if d < -1:  # -1 is an unknown dim statically; the kernel rejects it when run
                raise ValueError("Invalid value in tensor used for shape: %d" % d)
        if not shape:
            return _ops.convert_to_tensor(np.zeros([0], np.int32), name="shape")
    elif isinstance(shape, np.ndarray) and shape.dtype.kind in "iu" and (shape < -1).any():
        raise ValueError("Invalid value in tensor used for shape: %d" % int(shape[shape < -1][0]))
    return _ops.convert_to_tensor(shape, name="shape")


def _float_dtype(dtype, allow_int=False):
    dtype = _dtypes.as_dtype(dtype)
    allowed = [_dtypes.float16, _dtypes.bfloat16, _dtypes.float32, _dtypes.float64]
    if allow_int:
        allowed += [_dtypes.int32, _dtypes.int64]
    if dtype.base_dtype not in allowed:
        raise ValueError("Argument `dtype` got invalid value %s. Accepted dtypes are (%s)."
                         % (dtype, ", ".join(repr(d) for d in allowed)))
    return dtype.base_dtype


def _is_number(v, target):
    # NOTE: as in TF, only a Python int counts (0.0 or 1.0 still get the min/max constants).
    return isinstance(v, int) and v == target


@tf_export("random.uniform", "random_uniform")
def random_uniform(shape, minval=0, maxval=None, dtype=_dtypes.float32, seed=None, name=None):
    """Uniform values in [minval, maxval); integer dtypes need `maxval`."""
    dtype = _float_dtype(dtype, allow_int=True)
    if maxval is None:
        if dtype.is_integer:
            raise ValueError("Must specify maxval for integer dtype %r" % dtype)
        maxval = 1
    with name_scope(name, "random_uniform", [shape, minval, maxval]) as scope:
        shape = _shape_tensor(shape)
        min_is_zero = _is_number(minval, 0)
        max_is_one = _is_number(maxval, 1)
        if not min_is_zero or not max_is_one or dtype.is_integer:
            minval = _ops.convert_to_tensor(minval, dtype=dtype, name="min")
            maxval = _ops.convert_to_tensor(maxval, dtype=dtype, name="max")
        attrs = _seed_attrs(seed)
        if dtype.is_integer:
            return apply_op("RandomUniformInt", [shape, minval, maxval], attrs, name=scope)
        attrs["dtype"] = dtype
        result = apply_op("RandomUniform", [shape], attrs)
        if min_is_zero:
            if not max_is_one:
                result = apply_op("Mul", [result, maxval], {}, name="Mul")
        else:
            span = apply_op("Sub", [maxval, minval], {}, name="sub")
            result = apply_op("AddV2", [apply_op("Mul", [result, span], {}, name="mul"), minval], {},
                              name=scope)
        return result


def _scaled_normal(op_type, default_name, shape, mean, stddev, dtype, seed, name):
    dtype = _dtypes.as_dtype(dtype)
    with name_scope(name, default_name, [shape, mean, stddev]) as scope:
        shape = _shape_tensor(shape)
        mean = _ops.convert_to_tensor(mean, dtype=dtype, name="mean")
        stddev = _ops.convert_to_tensor(stddev, dtype=dtype, name="stddev")
        attrs = _seed_attrs(seed)
        attrs["dtype"] = dtype
        rnd = apply_op(op_type, [shape], attrs)
        mul = apply_op("Mul", [rnd, stddev], {}, name="mul")
        return apply_op("AddV2", [mul, mean], {}, name=scope)


@tf_export("random.normal", "random_normal")
def random_normal(shape, mean=0.0, stddev=1.0, dtype=_dtypes.float32, seed=None, name=None):
    """Normal values with the given mean and standard deviation."""
    return _scaled_normal("RandomStandardNormal", "random_normal", shape, mean, stddev, dtype,
                          seed, name)


@tf_export("random.truncated_normal", "truncated_normal")
def truncated_normal(shape, mean=0.0, stddev=1.0, dtype=_dtypes.float32, seed=None, name=None):
    """Normal values, redrawn when more than two standard deviations from the mean."""
    return _scaled_normal("TruncatedNormal", "truncated_normal", shape, mean, stddev, dtype,
                          seed, name)


@tf_export("random.gamma", "random_gamma")
def random_gamma(shape, alpha, beta=None, dtype=_dtypes.float32, seed=None, name=None):
    """Gamma(alpha, beta) samples of shape `shape + broadcast_shape(alpha, beta)`."""
    dtype = _dtypes.as_dtype(dtype)
    with name_scope(name, "random_gamma", [shape, alpha, beta]):
        shape = _ops.convert_to_tensor(shape, name="shape", dtype=_dtypes.int32)
        alpha = _ops.convert_to_tensor(alpha, name="alpha", dtype=dtype)
        beta = _ops.convert_to_tensor(beta if beta is not None else 1, name="beta", dtype=dtype)
        tiny = np.finfo(alpha.dtype.as_numpy_dtype).tiny
        shapes = [apply_op("Shape", [t], {"out_type": _dtypes.int32}, name="Shape_%d" % (i + 1))
                  for i, t in enumerate((alpha, beta))]
        broadcast = apply_op("BroadcastArgs", shapes, {})
        alpha_b = apply_op("BroadcastTo", [alpha, broadcast], {})
        sample = apply_op("RandomGamma", [shape, alpha_b], _seed_attrs(seed))
        scaled = apply_op("RealDiv", [sample, beta], {}, name="truediv")
        with name_scope("Maximum") as max_scope:
            tiny_t = _ops.convert_to_tensor(np.array(tiny, dtype.as_numpy_dtype), name="x")
            return apply_op("Maximum", [tiny_t, scaled], {}, name=max_scope)


@tf_export("random.poisson", "random_poisson")
def random_poisson(lam, shape, dtype=_dtypes.float32, seed=None, name=None):
    """Poisson(lam) samples of shape `shape + lam.shape`."""
    dtype = _dtypes.as_dtype(dtype)
    with name_scope(name, "random_poisson", [lam, shape]):
        shape = _ops.convert_to_tensor(shape, name="shape", dtype=_dtypes.int32)
        attrs = _seed_attrs(seed)
        attrs["dtype"] = dtype
        with name_scope("RandomPoissonV2") as scope:
            lam = _ops.convert_to_tensor(lam, name="rate")
        return apply_op("RandomPoissonV2", [shape, lam], attrs, name=scope)


@tf_export("random.shuffle", "random_shuffle")
def random_shuffle(value, seed=None, name=None):
    """Shuffles `value` along its first dimension."""
    from tensorweave.ops.array_ops import apply

    return apply("RandomShuffle", [value], _seed_attrs(seed), name=name)


def _multinomial(logits, num_samples, dtype, seed):
    from tensorweave.ops.array_ops import apply

    logits = _ops.convert_to_tensor(logits, name="logits")
    attrs = _seed_attrs(seed)
    dtype = _dtypes.int64 if dtype is None else _dtypes.as_dtype(dtype)
    if dtype not in (_dtypes.int32, _dtypes.int64):
        raise ValueError("Argument `dtype` got invalid value %s. Accepted dtypes are (tf.int32, "
                         "tf.int64)." % (dtype,))
    attrs["output_dtype"] = dtype
    return apply("Multinomial", [logits, num_samples], attrs)


@tf_export("random.multinomial", "multinomial")
def multinomial(logits, num_samples, seed=None, name=None, output_dtype=None):
    """Samples class indices from the categorical distributions given by each row of logits."""
    with name_scope(name, "multinomial", [logits]):
        return _multinomial(logits, num_samples, output_dtype, seed)


@tf_export("random.categorical")
def categorical(logits, num_samples, dtype=None, seed=None, name=None):
    """Samples class indices from the categorical distributions given by each row of logits."""
    with name_scope(name, "categorical", [logits]):
        return _multinomial(logits, num_samples, dtype, seed)


@tf_export("random_crop", "image.random_crop")
def random_crop(value, size, seed=None, name=None):
    """A random slice of `value` of shape `size`."""
    with name_scope(name, "random_crop", [value, size]) as scope:
        value = _ops.convert_to_tensor(value, name="value")
        size = _ops.convert_to_tensor(size, dtype=_dtypes.int32, name="size")
        from tensorweave.ops import array_ops, control_flow_ops, logging_array_ops, math_ops
        from tensorweave.ops.reduction_ops import reduce_all

        shape = array_ops.shape(value)
        check = logging_array_ops.Assert(
            reduce_all(math_ops.greater_equal(shape, size)),
            ["Need value.shape >= size, got ", shape, size], summarize=1000)
        shape = control_flow_ops.with_dependencies([check], shape)
        limit = apply_op("AddV2", [apply_op("Sub", [shape, size], {}, name="sub"), 1], {}, name="add")
        rank_shape = array_ops.shape(shape)
        offset = apply_op("FloorMod", [random_uniform(rank_shape, dtype=_dtypes.int32,
                                                      maxval=_dtypes.int32.max, seed=seed), limit],
                          {}, name="mod")
        return apply_op("Slice", [value, offset, size], {}, name=scope)
