"""More stateless random ops: tf.random.fold_in / split (new seeds from a seed),
create_rng_state, stateless_gamma (StatelessRandomGammaV2/V3), stateless_poisson
(StatelessRandomPoisson), stateless_binomial (StatelessRandomBinomial) and
stateless_parameterized_truncated_normal (StatelessParameterizedTruncatedNormal).

Every sampler draws TF's Philox4x32-10 stream for the seed's (key, counter), in TF's order:
gamma, Poisson and binomial outputs each own a stretch of 256 blocks (output i starts at
counter + 256 * i); the truncated normal consumes one stream output after output (TF's
single-shard order, which is what TF uses for outputs of this size). So seeded values are
TensorFlow's.
"""

import math

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import control_dependencies, name_scope
from tensorweave.ops import philox as _philox
from tensorweave.ops import random_ops as _random
from tensorweave.ops import stateless_random_ops as _stateless

_PARAM_TYPES = "{half, float, double, int32, int64}"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _broadcast_suffix(dims, *params, what="Shape passed in must end with broadcasted shape."):
    """The broadcast shape of `params`, which `dims` must end with."""
    try:
        shape = np.broadcast_shapes(*[np.shape(p) for p in params])
    except ValueError:
        raise _invalid("Incompatible shapes: %s" % " vs. ".join(
            _random._dims_text(np.shape(p)) for p in params)) from None
    if len(shape) > len(dims) or tuple(dims[len(dims) - len(shape):]) != tuple(shape):
        raise _invalid(what)
    return shape


# ------------------------------------------------------------------------------ gamma
def _gamma_draws(key, counter, dims, alpha, dtype):
    alpha = np.asarray(alpha, np.float64)
    _broadcast_suffix(dims, alpha)
    flat = alpha.reshape(-1)
    n = int(np.prod(dims, dtype=np.int64))
    if flat.size == 0 or n == 0:
        return np.zeros(dims, dtype.as_numpy_dtype)
    samples = n // flat.size
    valid = flat > 0
    draws = _philox.gamma(key, counter, np.where(valid, flat, 1.0), samples)
    draws = np.where(np.tile(valid, samples), draws, np.nan)
    return draws.astype(dtype.as_numpy_dtype).reshape(dims)


def _gamma_grad(op, grad, shape, alpha):
    """TF's implicit reparameterization gradient w.r.t. alpha (RandomGammaGrad), summed over
    the leading sample dimensions."""
    with control_dependencies([grad]):
        n_shape = apply_op("Size", [shape], {"out_type": _dtypes.int32})
        n = apply_op("Sub", [n_shape, apply_op("Rank", [alpha], {})], {})
        ones = apply_op("Fill", [apply_op("Pack", [[n]], {"axis": 0}), np.int32(1)], {})
        new_shape = apply_op("ConcatV2", [[ones, apply_op("Shape", [alpha], {})], np.int32(0)], {})
        partial = apply_op("RandomGammaGrad",
                           [apply_op("Reshape", [alpha, new_shape], {}), op.outputs[0]], {})
        axes = apply_op("Range", [np.int32(0), n, np.int32(1)], {})
        return apply_op("Sum", [apply_op("Mul", [grad, partial], {}), axes], {"keep_dims": False})


@register_op("StatelessRandomGammaV3",
             inputs=["shape: shape_dtype", "key: uint64", "counter: uint64", "alg: int32",
                     "alpha: dtype"],
             outputs=["output: dtype"],
             attrs=["dtype: {half, float, double}", "shape_dtype: {int32, int64} = DT_INT64"])
class StatelessRandomGammaV3(OpDef):
    def shape(self, shape, key, counter, alg, alpha):
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, key, counter, alg, alpha, *, dtype):
        key, counter = _stateless._check_key_counter(key, counter, alg)
        return _gamma_draws(key, counter, _random._dims(shape), alpha, dtype)

    def grad(self, op, grad):
        return [None, None, None, None, _gamma_grad(op, grad, op.inputs[0], op.inputs[4])]


@register_op("StatelessRandomGammaV2", inputs=["shape: T", "seed: Tseed", "alpha: dtype"],
             outputs=["output: dtype"],
             attrs=["dtype: {half, float, double}", "T: {int32, int64}",
                    "Tseed: {int32, int64} = DT_INT64"])
class StatelessRandomGammaV2(OpDef):
    def shape(self, shape, seed, alpha):
        _stateless._seed_shape_check(seed)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, seed, alpha, *, dtype):
        key, counter = _stateless._check_key_counter(*_stateless._key_counter(seed), 1)
        return _gamma_draws(key, counter, _random._dims(shape), alpha, dtype)

    def grad(self, op, grad):
        return [None, None, _gamma_grad(op, grad, op.inputs[0], op.inputs[2])]


@tf_export("random.stateless_gamma")
def stateless_random_gamma(shape, seed, alpha, beta=None, dtype=_dtypes.float32, name=None):
    """Gamma(alpha, beta) samples of `shape` (which ends with the broadcast shape of alpha and
    beta), a pure function of `seed`."""
    dtype = _dtypes.as_dtype(dtype)
    with name_scope(name, "stateless_random_gamma", [shape, seed, alpha, beta]):
        shape = _random._shape_tensor(shape)
        alpha = _ops.convert_to_tensor(alpha, dtype=dtype, name="alpha")
        beta = _ops.convert_to_tensor(beta if beta is not None else 1, name="beta", dtype=dtype)
        target = apply_op("BroadcastArgs", [apply_op("Shape", [alpha], {}),
                                            apply_op("Shape", [beta], {})], {})
        alpha_b = apply_op("BroadcastTo", [alpha, target], {})
        key, counter = apply_op("StatelessRandomGetKeyCounter", [seed], {})
        rnd = apply_op("StatelessRandomGammaV3", [shape, key, counter, np.int32(1), alpha_b], {})
        tiny = np.array(np.finfo(dtype.as_numpy_dtype).tiny, dtype.as_numpy_dtype)
        out = apply_op("Maximum", [tiny, apply_op("RealDiv", [rnd, beta], {}, name="truediv")], {})
        return _set_static_shape(out, shape)


def _set_static_shape(tensor, shape):
    static = _random._shape_from_tensor(shape)
    merged = tensor.shape.merge_with(static) if tensor.shape.is_compatible_with(static) else None
    if merged is not None:
        tensor.set_shape(merged)
    return tensor


# ---------------------------------------------------------------------------- Poisson
@register_op("StatelessRandomPoisson", inputs=["shape: T", "seed: Tseed", "lam: Rtype"],
             outputs=["output: dtype"],
             attrs=["Rtype: {half, float, double, int32, int64}",
                    "dtype: {half, float, double, int32, int64}", "T: {int32, int64}",
                    "Tseed: {int32, int64}"])
class StatelessRandomPoisson(OpDef):
    def shape(self, shape, seed, lam):
        _stateless._seed_shape_check(seed)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, seed, lam, *, dtype):
        key, counter = _stateless._check_key_counter(*_stateless._key_counter(seed), 1)
        dims = _random._dims(shape)
        rates = np.asarray(lam, np.float64)
        _broadcast_suffix(dims, rates)
        flat = rates.reshape(-1)
        n = int(np.prod(dims, dtype=np.int64))
        if flat.size == 0 or n == 0:
            return np.zeros(dims, dtype.as_numpy_dtype)
        samples = n // flat.size
        valid = flat >= 0
        draws = _philox.poisson(key, counter, np.where(valid, flat, 0.0), samples)
        if dtype.is_floating:
            draws = np.where(np.tile(valid, samples), draws, np.nan)
        return draws.astype(dtype.as_numpy_dtype).reshape(dims)

    grad = None


@tf_export("random.stateless_poisson")
def stateless_random_poisson(shape, seed, lam, dtype=_dtypes.int32, name=None):
    """Poisson(lam) samples of `shape` (which ends with lam's shape), a pure function of
    `seed`."""
    with name_scope(name, "stateless_random_poisson", [shape, seed, lam]):
        shape = _random._shape_tensor(shape)
        out = apply_op("StatelessRandomPoisson", [shape, seed, lam],
                       {"dtype": _dtypes.as_dtype(dtype)})
        return _set_static_shape(out, shape)


# --------------------------------------------------------------------------- binomial
_STIRLING_TAIL = (0.08106146679532726, 0.04134069595540929, 0.02767792568499834,
                  0.02079067210376509, 0.01664469118982119, 0.01387612882307075,
                  0.01189670994589177, 0.01041126526197209, 0.009255462182712733,
                  0.008330563433362871)


def _stirling_tail(k):
    """log(k!) minus its Stirling approximation."""
    if k <= 9:
        return _STIRLING_TAIL[int(k)]
    sq = (k + 1.0) * (k + 1.0)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / sq) / sq) / (k + 1)


def _binomial_inversion(count, prob, g):
    """Counts geometric waiting times until they pass `count` (for count * prob < 10)."""
    total, successes = 0.0, 0
    log_q = math.log1p(-prob)
    while True:
        total += math.ceil(math.log(g.u()) / log_q)
        if total > count:
            return successes
        successes += 1


def _binomial_btrs(count, prob, g):
    """Hormann's transformed rejection (BTRS) for count * prob >= 10."""
    stddev = math.sqrt(count * prob * (1 - prob))
    b = 1.15 + 2.53 * stddev
    a = -0.0873 + 0.0248 * b + 0.01 * prob
    c = count * prob + 0.5
    v_r = 0.92 - 4.2 / b
    r = prob / (1 - prob)
    alpha = (2.83 + 5.1 / b) * stddev
    m = math.floor((count + 1) * prob)
    while True:
        u = g.u() - 0.5
        v = g.u()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + c)
        if us >= 0.07 and v <= v_r:
            return k
        if k < 0 or k > count:
            continue
        v = math.log(v * alpha / (a / (us * us) + b))
        bound = ((m + 0.5) * math.log((m + 1) / (r * (count - m + 1)))
                 + (count + 1) * math.log((count - m + 1) / (count - k + 1))
                 + (k + 0.5) * math.log(r * (count - k + 1) / (k + 1))
                 + _stirling_tail(m) + _stirling_tail(count - m)
                 - _stirling_tail(k) - _stirling_tail(count - k))
        if v <= bound:
            return k


def _binomial_one(key, counter, index, count, prob, np_t):
    """One draw for output `index` (its stream: 256 blocks on from counter + 256 * index for
    the rejection sampler, 42 on from counter + 42 * index for inversion); the branch tests
    run in the parameters' precision, as TF's."""
    count_t, prob_t = np_t(count), np_t(prob)

    def draws(per_output):
        return _philox._Draws(key, counter + index * per_output, ())

    if count <= 0 or prob_t <= 0:
        return 0.0
    if prob_t >= 1:
        return float(count)
    if prob_t <= 0.5:
        if count_t * prob_t >= 10:
            return float(_binomial_btrs(count, float(prob_t), draws(256)))
        return float(_binomial_inversion(count, float(prob_t), draws(42)))
    if prob_t > 0.5:
        q = np_t(1) - prob_t
        if count_t * q >= 10:
            return float(count - _binomial_btrs(count, float(q), draws(256)))
        return float(count - _binomial_inversion(count, float(q), draws(42)))
    return math.nan


@register_op("StatelessRandomBinomial",
             inputs=["shape: S", "seed: Tseed", "counts: T", "probs: T"],
             outputs=["output: dtype"],
             attrs=["S: {int32, int64}", "Tseed: {int32, int64} = DT_INT64",
                    "T: {half, float, double, int32, int64} = DT_DOUBLE",
                    "dtype: {half, float, double, int32, int64} = DT_INT64"])
class StatelessRandomBinomial(OpDef):
    def shape(self, shape, seed, counts, probs):
        _stateless._seed_shape_check(seed)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, seed, counts, probs, *, dtype):
        key, counter = _stateless._check_key_counter(*_stateless._key_counter(seed), 1)
        dims = _random._dims(shape)
        batch = _broadcast_suffix(dims, counts, probs,
                                  what="Shape passed in must end with broadcasted shape.")
        np_t = np.asarray(probs).dtype.type
        c = np.broadcast_to(counts, batch).reshape(-1)
        p = np.broadcast_to(probs, batch).reshape(-1)
        n = int(np.prod(dims, dtype=np.int64))
        out = np.empty(n)
        batches = max(c.size, 1)
        samples = n // batches if c.size else 0
        # Draw number b * samples + s (sample s of parameter set b) is output s * batches + b.
        for b in range(c.size):
            for s in range(samples):
                out[s * batches + b] = _binomial_one(key, counter, b * samples + s, float(c[b]),
                                                     p[b], np_t)
        return out.astype(dtype.as_numpy_dtype).reshape(dims)

    grad = None


@tf_export("random.stateless_binomial")
def stateless_random_binomial(shape, seed, counts, probs, output_dtype=_dtypes.int32,
                              name=None):
    """Binomial(counts, probs) samples of `shape` (which ends with the broadcast shape of
    counts and probs), a pure function of `seed`."""
    with name_scope(name, "stateless_random_binomial", [shape, seed, counts, probs]):
        shape = _random._shape_tensor(shape)
        probs = _ops.convert_to_tensor(probs, dtype_hint=_dtypes.float32, name="probs")
        counts = _ops.convert_to_tensor(counts, dtype_hint=probs.dtype, name="counts")
        out = apply_op("StatelessRandomBinomial", [shape, seed, counts, probs],
                       {"dtype": _dtypes.as_dtype(output_dtype)})
        return _set_static_shape(out, shape)


# ------------------------------------------------------- parameterized truncated normal
_MAX_ITERATIONS = 1000
_RANDN_BOUND = 1.3  # TF: bounds this many stddevs out on one side use normal rejection


class _Stream:
    """A Philox stream read one result group at a time: uniform groups (4 floats or 2
    doubles per block) or normal groups (Box-Muller on the same blocks)."""

    def __init__(self, key, counter, np_t):
        self.key, self.counter, self.np_t = key, counter, np_t
        self.double = np.dtype(np_t) == np.float64

    def _block(self):
        b = _philox.blocks(self.key, self.counter, 1)
        self.counter += 1
        return b

    def uniform(self):
        b = self._block()
        if self.double:
            return _philox._float64(b[:, [0, 2]], b[:, [1, 3]]).reshape(-1)
        return _philox._float32(b.reshape(-1)).astype(self.np_t)

    def normal(self):
        b = self._block()
        if self.double:
            f0, f1 = _philox._box_muller_double(b[:, 0], b[:, 1], b[:, 2], b[:, 3])
            return np.array([f0[0], f1[0]])
        f0, f1 = _philox._box_muller_float(b[:, [0, 2]].reshape(-1), b[:, [1, 3]].reshape(-1))
        return np.array([f0[0], f1[0], f0[1], f1[1]], np.float32).astype(self.np_t)


def _truncated_normal_batch(stream, count, mean, stddev, lo, hi, t):
    """`count` samples of one parameter set, as TF's kernel draws them (arithmetic in t)."""
    out = []
    if not (stddev > 0 and lo < hi and (np.isfinite(lo) or np.isfinite(hi))):
        raise _invalid("Invalid parameters")
    if (np.isinf(lo) and lo < 0) or hi < mean:
        lo, hi, stddev = hi, lo, -stddev
    norm_min = t((lo - mean) / stddev)
    norm_max = t((hi - mean) / stddev)
    sqrt_factor = np.sqrt(norm_min * norm_min + t(4))
    cutoff = t(2) * np.exp(t(0.5) + (norm_min * (norm_min - sqrt_factor)) / t(4)) / \
        (norm_min + sqrt_factor)
    diff = norm_max - norm_min
    iterations = 0
    if (norm_min < -_RANDN_BOUND and norm_max >= 0) or (norm_max > _RANDN_BOUND and norm_min <= 0):
        while len(out) < count:
            for z in stream.normal():
                if norm_min <= z <= norm_max:
                    out.append(z * stddev + mean)
                    iterations = 0
                    if len(out) >= count:
                        break
                else:
                    iterations += 1
                    if iterations > _MAX_ITERATIONS:
                        raise _invalid("TruncatedNormal randn rejection sampler exceeded "
                                       "maximum iterations")
    elif diff < cutoff:
        plus = t(0) if norm_min < 0 else norm_min * norm_min
        while len(out) < count:
            z = (stream.uniform() * diff + norm_min).astype(t)
            g = ((plus - z * z) / t(2)).astype(t)
            u = stream.uniform()
            for zi, gi, ui in zip(z, g, u):
                if ui <= np.exp(gi) or iterations + 1 >= _MAX_ITERATIONS:
                    out.append(zi * stddev + mean)
                    iterations = 0
                    if len(out) >= count:
                        break
                else:
                    iterations += 1
    else:
        alpha = (norm_min + np.sqrt(norm_min * norm_min + t(4))) / t(2)
        while len(out) < count:
            rand = stream.uniform()
            for i in range(0, len(rand) - 1, 2):
                z = t(-np.log(rand[i]) / alpha + norm_min)
                x = alpha - z if norm_min < alpha else norm_min - alpha
                g = np.exp(-x * x / t(2))
                if (rand[i + 1] <= g and z < norm_max) or iterations + 1 >= _MAX_ITERATIONS:
                    out.append(z * stddev + mean)
                    iterations = 0
                    if len(out) >= count:
                        break
                else:
                    iterations += 1
    return out


@register_op("StatelessParameterizedTruncatedNormal",
             inputs=["shape: S", "seed: Tseed", "means: dtype", "stddevs: dtype",
                     "minvals: dtype", "maxvals: dtype"],
             outputs=["output: dtype"],
             attrs=["S: {int32, int64}", "Tseed: {int32, int64} = DT_INT64",
                    "dtype: {half, float, double}"])
class StatelessParameterizedTruncatedNormal(OpDef):
    def shape(self, shape, seed, means, stddevs, minvals, maxvals):
        _stateless._seed_shape_check(seed)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, seed, means, stddevs, minvals, maxvals, *, dtype):
        key, counter = _stateless._check_key_counter(*_stateless._key_counter(seed), 1)
        dims = _random._dims(shape)
        params = [np.asarray(v) for v in (means, stddevs, minvals, maxvals)]
        batch = _broadcast_suffix(dims, *params)
        np_t = np.float64 if dtype == _dtypes.float64 else np.float32
        flat = [np.broadcast_to(v, batch).reshape(-1).astype(np_t) for v in params]
        n = int(np.prod(dims, dtype=np.int64))
        batches = max(flat[0].size, 1)
        samples = n // batches if flat[0].size else 0
        out = np.empty(n, np_t)
        stream = _Stream(key, counter, np_t)
        for b in range(flat[0].size if samples else 0):
            values = _truncated_normal_batch(stream, samples, *(f[b] for f in flat), np_t)
            out[b::batches] = values
        return out.astype(dtype.as_numpy_dtype).reshape(dims)

    grad = None


@tf_export("random.stateless_parameterized_truncated_normal")
def stateless_parameterized_truncated_normal(shape, seed, means=0.0, stddevs=1.0, minvals=-2.0,
                                             maxvals=2.0, name=None):
    """Normal(means, stddevs) samples truncated to [minvals, maxvals], of `shape` (which ends
    with the parameters' broadcast shape), a pure function of `seed`."""
    with name_scope(name, "stateless_parameterized_truncated_normal",
                    [shape, means, stddevs, minvals, maxvals]):
        shape_t = _random._shape_tensor(shape)
        means = _ops.convert_to_tensor(means, name="means")
        stddevs = _ops.convert_to_tensor(stddevs, name="stddevs")
        minvals = _ops.convert_to_tensor(minvals, name="minvals")
        maxvals = _ops.convert_to_tensor(maxvals, name="maxvals")
        out = apply_op("StatelessParameterizedTruncatedNormal",
                       [shape_t, seed, means, stddevs, minvals, maxvals], {})
        return _set_static_shape(out, shape_t)


# ------------------------------------------------------------------ new seeds, RNG state
@tf_export("random.split", "random.experimental.stateless_split")
def split(seed, num=2, alg="auto_select"):
    """`num` new seeds ([num, 2], seed's dtype) derived from `seed`."""
    seed = _ops.convert_to_tensor(seed)
    return _stateless.stateless_random_uniform(shape=[num, 2], seed=seed, dtype=seed.dtype,
                                               minval=None, maxval=None, alg=alg)


@tf_export("random.fold_in", "random.experimental.stateless_fold_in")
def fold_in(seed, data, alg="auto_select"):
    """A new seed [2] (data's dtype) mixing the integer `data` into `seed`."""
    data = _ops.convert_to_tensor(data)
    seed1 = _stateless.stateless_random_uniform(shape=[], seed=seed, dtype=data.dtype,
                                                minval=None, maxval=None, alg=alg)
    return apply_op("Pack", [[seed1, data]], {"axis": 0}, name="stack")


_ALG_IDS = {"philox": 1, "threefry": 2, "autoselect": 3}
_STATE_SIZES = {1: 3, 2: 2, 3: 3}


def _alg_id(alg):
    if isinstance(alg, bool):
        raise TypeError("Can't convert argument `alg` (of value %s and type %s) to int."
                        % (alg, type(alg)))
    if isinstance(alg, (int, np.integer)):
        return int(alg)
    if isinstance(alg, str):
        canon = alg.strip().lower().replace("-", "").replace("_", "")
        if canon in _ALG_IDS:
            return _ALG_IDS[canon]
        raise ValueError("Argument `alg` got unsupported value %s. Supported values are "
                         "philox for the Philox algorithm, threefry for the ThreeFry algorithm, "
                         "and auto_select for auto-selection." % alg)
    raise TypeError("Can't convert argument `alg` (of value %s and type %s) to int."
                    % (alg, type(alg)))


@tf_export("random.create_rng_state", "random.experimental.create_rng_state")
def create_rng_state(seed, alg):
    """The int64 state vector of a counter-based RNG (3 words for Philox, 2 for ThreeFry)
    from an integer (split into 64-bit words, low first) or a vector (cropped, or padded
    with zeros on the left)."""
    alg = _alg_id(alg)
    if alg not in _STATE_SIZES:
        # NOTE: TF 2.21 fails here with an AttributeError (its message helper is missing).
        raise AttributeError("Argument `alg` got unsupported value %s. Supported values are 1 for "
                         "the Philox algorithm, 2 for the ThreeFry algorithm, and 3 for "
                         "auto-selection." % alg)
    size = _STATE_SIZES[alg]
    if isinstance(seed, int) and not isinstance(seed, bool):
        words = []
        for _ in range(size):
            words.append(seed & 0xFFFFFFFFFFFFFFFF)
            seed >>= 64
        seed = [w - (1 << 64) if w >= 1 << 63 else w for w in words]
    seed = apply_op("Cast", [_ops.convert_to_tensor(seed)], {"DstT": _dtypes.int64})
    seed = apply_op("Reshape", [seed, np.array([-1], np.int32)], {})
    seed = apply_op("StridedSlice", [seed, np.array([0], np.int32), np.array([size], np.int32),
                                     np.array([1], np.int32)], {}, name="strided_slice")
    n = seed.shape[0] if seed.shape.ndims == 1 else None
    if n is None:
        n = apply_op("StridedSlice", [apply_op("Shape", [seed], {}), np.array([0], np.int32),
                                      np.array([1], np.int32), np.array([1], np.int32)],
                     {"shrink_axis_mask": 1})
        missing = apply_op("Sub", [np.int32(size), n], {})
    else:
        missing = np.int32(size - n)
    pad = apply_op("Maximum", [missing, np.int32(0)], {})
    zeros = apply_op("Fill", [apply_op("Pack", [[pad]], {"axis": 0}, name="zeros/packed"),
                              np.int64(0)], {}, name="zeros")
    out = apply_op("ConcatV2", [[zeros, seed], np.int32(0)], {}, name="concat")
    out.set_shape([size])
    return out
