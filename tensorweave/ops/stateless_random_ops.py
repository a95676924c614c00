"""Stateless random ops: tf.random.stateless_uniform / _normal / _truncated_normal /
_categorical (and the deprecated stateless_multinomial).

The output is a pure function of the shape and the int32/int64 `seed` pair: the same seed
gives the same values in every session and run, different seeds give different values. As in
TF 2.21 the wrappers derive a (key, counter) pair from the seed with
StatelessRandomGetKeyCounter and feed it to the *V2 ops; the V1 ops taking the seed directly
(StatelessRandomUniform, ...) give the values the V2 ops give for that seed's key and counter.
The key and counter are TF's (the seed pair scrambled by one Philox block) and the uniform,
normal, truncated-normal and integer samplers draw TF's own Philox4x32-10 numbers (`philox`), so
a seed gives the values TensorFlow gives (stateless categorical sampling too).
"""

import types

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op, registered_ops
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import philox as _philox
from tensorweave.ops import random_ops as _random

_FLOATS = "{half, bfloat16, float, double}"
_INTS = "{int32, int64, uint32, uint64}"
_ALGORITHMS = {"philox": 1, "threefry": 2, "auto_select": 3}


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


# -------------------------------------------------------------------- key and counter
# The key that scrambles a seed pair into the (key, counter) of its stream.
_SCRAMBLE_KEY = 0x3EC8F720 | (0x02461E29 << 32)


def _key_counter(seed):
    """The (key [1], counter [2]) uint64 pair a seed [2] stands for: the seed pair as a Philox
    counter, mixed by one block under a fixed key; the block's first two words are the key, its
    last two the high half of the counter (whose low half starts at 0)."""
    seed = np.asarray(seed)
    if seed.shape != (2,):
        raise _invalid("seed must have shape [2], not %s" % _random._dims_text(seed.shape))
    bits = [int(b) for b in seed.astype(np.int64).view(np.uint64)]
    mix = [int(w) for w in _philox.blocks(_SCRAMBLE_KEY, bits[0] | (bits[1] << 64), 1)[0]]
    return (np.array([mix[0] | (mix[1] << 32)], np.uint64),
            np.array([0, mix[2] | (mix[3] << 32)], np.uint64))


def _check_key_counter(key, counter, alg):
    key = np.asarray(key).reshape(-1)
    counter = np.asarray(counter).reshape(-1)
    if np.ndim(alg) != 0 or int(alg) not in (1, 2, 3):
        raise _invalid("Unsupported algorithm id: %s" % np.asarray(alg).tolist())
    if key.shape != (1,):
        raise _invalid(
            "key must have shape [1], not %s. (Note that batched keys are not supported yet.)"
            % _random._dims_text(key.shape)
        )
    if counter.size < 2:
        raise _invalid(
            "counter must be a vector of length at least 2, got shape %s" % _random._dims_text(counter.shape)
        )
    return int(key[0]), int(counter[0]) | (int(counter[1]) << 64)


def _seed_shape_check(seed):
    s = seed.shape
    if s.ndims is not None:
        if s.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % s.ndims)
        n = s.as_list()[0]
        if n is not None and n != 2:
            raise ValueError("Dimension must be 2 but is %d" % n)


@register_op(
    "StatelessRandomGetKeyCounter",
    inputs=["seed: Tseed"],
    outputs=["key: uint64", "counter: uint64"],
    attrs=["Tseed: {int32, int64} = DT_INT64"],
)
class StatelessRandomGetKeyCounter(OpDef):
    def shape(self, seed):
        _seed_shape_check(seed)
        return [TensorShape([1]), TensorShape([2])]

    def kernel(self, seed):
        return list(_key_counter(seed))

    grad = None


@register_op(
    "StatelessRandomGetKeyCounterAlg",
    inputs=["seed: Tseed"],
    outputs=["key: uint64", "counter: uint64", "alg: int32"],
    attrs=["Tseed: {int32, int64} = DT_INT64"],
)
class StatelessRandomGetKeyCounterAlg(OpDef):
    def shape(self, seed):
        _seed_shape_check(seed)
        return [TensorShape([1]), TensorShape([2]), TensorShape([])]

    def kernel(self, seed):
        key, counter = _key_counter(seed)
        return [key, counter, np.int32(_ALGORITHMS["philox"])]

    grad = None


# ---------------------------------------------------------------------- samplers
# sampler(key, counter, dims, dtype) -> array, drawing TF's Philox stream for (key, counter).
def _float_sampler(fn):
    def sample(key, counter, dims, dtype):
        n = int(np.prod(dims, dtype=np.int64))
        return fn(key, counter, n, dtype.name, dtype.as_numpy_dtype).reshape(dims)

    return sample


def _full_int(key, counter, dims, dtype):
    """Every bit pattern of the dtype: one word per 32-bit value, two (low word first) per 64-bit."""
    n = int(np.prod(dims, dtype=np.int64))
    np_dtype = np.dtype(dtype.as_numpy_dtype)
    if np_dtype.itemsize == 8:
        bits = _philox.uint64_words(_philox.blocks(key, counter, (n + 1) // 2))
        return bits.reshape(-1)[:n].view(np_dtype).reshape(dims)
    words = _philox.blocks(key, counter, (n + 3) // 4).reshape(-1)[:n]
    return words.view(np_dtype).reshape(dims)


def _bounded_int(lo, hi, dtype):
    def sample(key, counter, dims, _):
        if np.ndim(lo) != 0 or np.ndim(hi) != 0:
            raise _invalid(
                "minval and maxval must be scalars, got shapes %s and %s"
                % (_random._dims_text(np.shape(lo)), _random._dims_text(np.shape(hi)))
            )
        if int(lo) >= int(hi):
            raise _invalid("Need minval < maxval, got %d >= %d" % (int(lo), int(hi)))
        n = int(np.prod(dims, dtype=np.int64))
        return _philox.uniform_int(key, counter, n, int(lo), int(hi), dtype.as_numpy_dtype).reshape(dims)

    return sample


_SAMPLERS = {
    "Uniform": _float_sampler(_philox.uniform),
    "Normal": _float_sampler(_philox.normal),
    "TruncatedNormal": _float_sampler(_philox.truncated_normal),
    "UniformFullInt": _full_int,
}


def _register_v1(kind, type_name, dtypes, default):
    class StatelessV1(OpDef):
        def shape(self, shape, seed):
            _seed_shape_check(seed)
            return _random._shape_from_tensor(shape)

        def kernel(self, shape, seed, *, dtype):
            key, counter = _check_key_counter(*_key_counter(seed), 1)
            return np.asarray(_SAMPLERS[kind](key, counter, _random._dims(shape), dtype))

        grad = None

    StatelessV1.__name__ = type_name
    register_op(
        type_name,
        inputs=["shape: T", "seed: Tseed"],
        outputs=["output: dtype"],
        attrs=[
            "dtype: %s = %s" % (dtypes, default),
            "T: {int32, int64} = DT_INT32",
            "Tseed: {int32, int64} = DT_INT64",
        ],
    )(StatelessV1)


def _register_v2(kind, type_name, dtypes, default):
    class StatelessV2(OpDef):
        def shape(self, shape, key, counter, alg):
            return _random._shape_from_tensor(shape)

        def kernel(self, shape, key, counter, alg, *, dtype):
            key, counter = _check_key_counter(key, counter, alg)
            return np.asarray(_SAMPLERS[kind](key, counter, _random._dims(shape), dtype))

        grad = None

    StatelessV2.__name__ = type_name
    register_op(
        type_name,
        inputs=["shape: Tshape", "key: uint64", "counter: uint64", "alg: int32"],
        outputs=["output: dtype"],
        attrs=["dtype: %s = %s" % (dtypes, default), "Tshape: {int32, int64} = DT_INT32"],
    )(StatelessV2)


for _kind, _v1, _v2, _types, _default in (
    ("Uniform", "StatelessRandomUniform", "StatelessRandomUniformV2", _FLOATS, "DT_FLOAT"),
    ("Normal", "StatelessRandomNormal", "StatelessRandomNormalV2", _FLOATS, "DT_FLOAT"),
    ("TruncatedNormal", "StatelessTruncatedNormal", "StatelessTruncatedNormalV2", _FLOATS, "DT_FLOAT"),
    (
        "UniformFullInt",
        "StatelessRandomUniformFullInt",
        "StatelessRandomUniformFullIntV2",
        _INTS,
        "DT_UINT64",
    ),
):
    _register_v1(_kind, _v1, _types, _default)
    _register_v2(_kind, _v2, _types, _default)


def _scalar_bounds(minval, maxval):
    for t in (minval, maxval):
        if t.shape.ndims is not None and t.shape.ndims != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % t.shape.ndims)


@register_op(
    "StatelessRandomUniformInt",
    inputs=["shape: T", "seed: Tseed", "minval: dtype", "maxval: dtype"],
    outputs=["output: dtype"],
    attrs=["dtype: {int32, int64}", "T: {int32, int64}", "Tseed: {int32, int64} = DT_INT64"],
)
class StatelessRandomUniformInt(OpDef):
    def shape(self, shape, seed, minval, maxval):
        _seed_shape_check(seed)
        _scalar_bounds(minval, maxval)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, seed, minval, maxval, *, dtype):
        key, counter = _check_key_counter(*_key_counter(seed), 1)
        return np.asarray(_bounded_int(minval, maxval, dtype)(key, counter, _random._dims(shape), dtype))

    grad = None


@register_op(
    "StatelessRandomUniformIntV2",
    inputs=[
        "shape: Tshape",
        "key: uint64",
        "counter: uint64",
        "alg: int32",
        "minval: dtype",
        "maxval: dtype",
    ],
    outputs=["output: dtype"],
    attrs=["dtype: %s" % _INTS, "Tshape: {int32, int64} = DT_INT32"],
)
class StatelessRandomUniformIntV2(OpDef):
    def shape(self, shape, key, counter, alg, minval, maxval):
        _scalar_bounds(minval, maxval)
        return _random._shape_from_tensor(shape)

    def kernel(self, shape, key, counter, alg, minval, maxval, *, dtype):
        key, counter = _check_key_counter(key, counter, alg)
        return np.asarray(_bounded_int(minval, maxval, dtype)(key, counter, _random._dims(shape), dtype))

    grad = None


@register_op(
    "StatelessMultinomial",
    inputs=["logits: T", "num_samples: int32", "seed: Tseed"],
    outputs=["output: output_dtype"],
    attrs=[
        "T: realnumbertype",
        "Tseed: {int32, int64} = DT_INT64",
        "output_dtype: {int32, int64} = DT_INT64",
    ],
)
class StatelessMultinomial(OpDef):
    def shape(self, logits, num_samples, seed):
        _seed_shape_check(seed)
        return registered_ops()["Multinomial"].shape(logits, num_samples)

    def kernel(self, logits, num_samples, seed, *, output_dtype):
        key, counter = _check_key_counter(*_key_counter(seed), 1)
        # Multinomial's sampler, drawing from this seed's stream instead of the op's.
        ctx = types.SimpleNamespace(state={"philox": _philox.PhiloxState.at(key, counter)})
        return registered_ops()["Multinomial"].kernel(
            ctx, logits, num_samples, output_dtype=output_dtype, seed=0, seed2=0
        )

    grad = None


# ----------------------------------------------------------------------------- wrappers
def _key_counter_alg(seed, alg):
    if alg is None:
        return apply_op("StatelessRandomGetKeyCounterAlg", [seed], {})
    if isinstance(alg, str):
        if alg not in _ALGORITHMS:
            raise ValueError(
                "Argument `alg` got unsupported value %s. Supported values are %s."
                % (alg, sorted(_ALGORITHMS))
            )
        alg = _ALGORITHMS[alg]
    key, counter = apply_op("StatelessRandomGetKeyCounter", [seed], {})
    return key, counter, int(alg)


_UNIFORM_DTYPES = (
    _dtypes.float16,
    _dtypes.bfloat16,
    _dtypes.float32,
    _dtypes.float64,
    _dtypes.int32,
    _dtypes.int64,
    _dtypes.uint32,
    _dtypes.uint64,
)


@tf_export("random.stateless_uniform")
def stateless_random_uniform(
    shape, seed, minval=0, maxval=None, dtype=_dtypes.float32, name=None, alg="auto_select"
):
    """Uniform values in [minval, maxval) (floats: [0, 1) by default; integers: the full
    range when both bounds are None), a pure function of `shape` and `seed`."""
    dtype = _dtypes.as_dtype(dtype)
    if dtype not in _UNIFORM_DTYPES:
        raise ValueError(
            "Argument `dtype` got invalid value %s. Accepted dtypes are (%s)."
            % (dtype, ", ".join(repr(d) for d in _UNIFORM_DTYPES))
        )
    if dtype.is_integer:
        if (minval is None) != (maxval is None):
            raise ValueError(
                "For integer `dtype` argument %s, argument `minval` and `maxval` must be both None or "
                "not None. Got `minval`=%s and `maxval`=%s." % (dtype, minval, maxval)
            )
        if minval is not None and dtype in (_dtypes.uint32, _dtypes.uint64):
            raise ValueError(
                "Argument `dtype` got invalid value %s when argument `minval` is not None. Please "
                "don't use unsigned integers in this case." % dtype
            )
    elif maxval is None:
        maxval = 1
    with name_scope(name, "stateless_random_uniform", [shape, seed, minval, maxval]) as scope:
        shape = _random._shape_tensor(shape)
        if dtype.is_integer and minval is None:
            key, counter, alg = _key_counter_alg(seed, alg)
            return apply_op(
                "StatelessRandomUniformFullIntV2", [shape, key, counter, alg], {"dtype": dtype}, name=scope
            )
        minval = _ops.convert_to_tensor(minval, dtype=dtype, name="min")
        maxval = _ops.convert_to_tensor(maxval, dtype=dtype, name="max")
        key, counter, alg = _key_counter_alg(seed, alg)
        if dtype.is_integer:
            return apply_op(
                "StatelessRandomUniformIntV2", [shape, key, counter, alg, minval, maxval], {}, name=scope
            )
        rnd = apply_op("StatelessRandomUniformV2", [shape, key, counter, alg], {"dtype": dtype})
        scaled = apply_op("Mul", [rnd, apply_op("Sub", [maxval, minval], {}, name="sub")], {}, name="mul")
        return apply_op("AddV2", [scaled, minval], {}, name=scope)


def _stateless_normal_like(type_name, default_name):
    def fn(shape, seed, mean=0.0, stddev=1.0, dtype=_dtypes.float32, name=None, alg="auto_select"):
        dtype = _random._float_dtype(dtype)
        with name_scope(name, default_name, [shape, seed, mean, stddev]) as scope:
            shape = _random._shape_tensor(shape)
            mean = _ops.convert_to_tensor(mean, dtype=dtype, name="mean")
            stddev = _ops.convert_to_tensor(stddev, dtype=dtype, name="stddev")
            key, counter, alg = _key_counter_alg(seed, alg)
            rnd = apply_op(type_name, [shape, key, counter, alg], {"dtype": dtype})
            return apply_op("AddV2", [apply_op("Mul", [rnd, stddev], {}, name="mul"), mean], {}, name=scope)

    fn.__name__ = default_name
    return fn


stateless_random_normal = tf_export("random.stateless_normal")(
    _stateless_normal_like("StatelessRandomNormalV2", "stateless_random_normal")
)
stateless_random_normal.__doc__ = "Normal values (mean, stddev), a pure function of `shape` and `seed`."
stateless_truncated_normal = tf_export("random.stateless_truncated_normal")(
    _stateless_normal_like("StatelessTruncatedNormalV2", "stateless_truncated_normal")
)
stateless_truncated_normal.__doc__ = (
    "Normal values within two standard deviations of the mean, a pure function of `shape` and `seed`."
)


def _stateless_categorical(logits, num_samples, seed, dtype):
    logits = _ops.convert_to_tensor(logits, name="logits")
    dtype = _dtypes.as_dtype(dtype) if dtype else _dtypes.int64
    if dtype not in (_dtypes.int32, _dtypes.int64):
        raise ValueError(
            "Argument `dtype` got invalid value %s. Accepted dtypes are (tf.int32, tf.int64)." % dtype
        )
    return apply_op("StatelessMultinomial", [logits, num_samples, seed], {"output_dtype": dtype})


@tf_export("random.stateless_categorical")
def stateless_categorical(logits, num_samples, seed, dtype=_dtypes.int64, name=None):
    """`num_samples` class indices per row of `logits`, a pure function of `seed`."""
    with name_scope(name, "stateless_categorical", [logits, seed]):
        return _stateless_categorical(logits, num_samples, seed, dtype)


@tf_export("random.stateless_multinomial")
def stateless_multinomial(logits, num_samples, seed, output_dtype=_dtypes.int64, name=None):
    """Deprecated alias of stateless_categorical."""
    with name_scope(name, "stateless_multinomial", [logits, seed]):
        return _stateless_categorical(logits, num_samples, seed, output_dtype)
