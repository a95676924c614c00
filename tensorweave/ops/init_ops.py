"""TF1 initializers: callables `init(shape, dtype=None, partition_info=None) -> Tensor`.

Exported both as classes (`tf.zeros_initializer()`) and under `tf.initializers.*`. They emit
the ops of the public functions (`tf.zeros`, `tf.random_uniform`, ...), looked up in the export
table when first called, so the graphs have TensorFlow's op names.
"""

import math

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import constant_op


def public_function(name):
    """The public function tf.<name> (declared by another ops module), found when first used."""
    fn = _api.EXPORTS.get(name)
    if fn is None:
        import tensorweave.compat.v1 as tf_module  # fills the export table

        fn = tf_module
        try:
            for part in name.split("."):
                fn = getattr(fn, part)
        except (AttributeError, ImportError):
            raise NotImplementedError("tf.%s is not available in this build." % name) from None
    return fn


_tf = public_function


def _filled(kind, shape, dtype):
    """tf.zeros / tf.ones, or a constant of that value while array_ops lacks them."""
    fn = _api.EXPORTS.get(kind)
    if fn is not None:
        return fn(shape, dtype)
    dtype = _dtypes.as_dtype(dtype)
    value = b"" if dtype == _dtypes.string and kind == "zeros" else (0 if kind == "zeros" else 1)
    return constant_op.constant(value, dtype=dtype, shape=_as_list(shape), name=kind)


def _assert_float_dtype(dtype):
    dtype = _dtypes.as_dtype(dtype)
    if not dtype.is_floating:
        raise ValueError("Argument `dtype` is expected to be floating point. Received: %r." % dtype)
    return dtype


def _as_list(shape):
    return TensorShape(shape).as_list()


def _compute_fans(shape):
    """(fan_in, fan_out) of a weight shape; conv kernels count the receptive field."""
    if len(shape) < 1:
        return 1, 1
    if len(shape) == 1:
        return int(shape[0]), int(shape[0])
    if len(shape) == 2:
        return int(shape[0]), int(shape[1])
    receptive = 1
    for d in shape[:-2]:
        receptive *= d
    return int(shape[-2] * receptive), int(shape[-1] * receptive)


def _variance_scale(scale, mode, fan_in, fan_out):
    """VarianceScaling's variance: `scale` over fan_in, fan_out or their mean (at least 1)."""
    if mode == "fan_in":
        return scale / max(1.0, fan_in)
    if mode == "fan_out":
        return scale / max(1.0, fan_out)
    return scale / max(1.0, (fan_in + fan_out) / 2.0)


class Initializer:
    """Base class of initializers."""

    def __call__(self, shape, dtype=None, partition_info=None):
        raise NotImplementedError

    def get_config(self):
        return {}

    @classmethod
    def from_config(cls, config):
        return cls(**config)


@tf_export("zeros_initializer", "initializers.zeros")
class Zeros(Initializer):
    def __init__(self, dtype=_dtypes.float32):
        self.dtype = _dtypes.as_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        return _filled("zeros", shape, dtype if dtype is not None else self.dtype)

    def get_config(self):
        return {"dtype": self.dtype.name}


@tf_export("ones_initializer", "initializers.ones")
class Ones(Initializer):
    def __init__(self, dtype=_dtypes.float32):
        self.dtype = _dtypes.as_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        return _filled("ones", shape, dtype if dtype is not None else self.dtype)

    def get_config(self):
        return {"dtype": self.dtype.name}


@tf_export("constant_initializer", "initializers.constant")
class Constant(Initializer):
    def __init__(self, value=0, dtype=_dtypes.float32, verify_shape=False):
        if not (np.isscalar(value) or isinstance(value, (list, tuple, np.ndarray))):
            raise TypeError("Invalid type for initial value=%s of type: %s. Expected Python scalar, "
                            "list or tuple of values, or numpy.ndarray." % (value, type(value).__name__))
        self.value = value
        self.dtype = _dtypes.as_dtype(dtype)
        self._verify_shape = verify_shape

    def __call__(self, shape, dtype=None, partition_info=None, verify_shape=None):
        if dtype is None:
            dtype = self.dtype
        if verify_shape is None:
            verify_shape = self._verify_shape
        return constant_op.constant(self.value, dtype=dtype, shape=shape, verify_shape=verify_shape)

    def get_config(self):
        return {"value": self.value, "dtype": self.dtype.name}


@tf_export("random_uniform_initializer", "initializers.random_uniform")
class RandomUniform(Initializer):
    def __init__(self, minval=0.0, maxval=None, seed=None, dtype=_dtypes.float32):
        self.minval = minval
        self.maxval = maxval
        self.seed = seed
        self.dtype = _dtypes.as_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        return _tf("random_uniform")(shape, self.minval, self.maxval, dtype, seed=self.seed)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed,
                "dtype": self.dtype.name}


@tf_export("random_normal_initializer", "initializers.random_normal")
class RandomNormal(Initializer):
    def __init__(self, mean=0.0, stddev=1.0, seed=None, dtype=_dtypes.float32):
        self.mean = mean
        self.stddev = stddev
        self.seed = seed
        self.dtype = _assert_float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        return _tf("random_normal")(shape, self.mean, self.stddev, dtype, seed=self.seed)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed,
                "dtype": self.dtype.name}


@tf_export("truncated_normal_initializer", "initializers.truncated_normal")
class TruncatedNormal(RandomNormal):
    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        return _tf("truncated_normal")(shape, self.mean, self.stddev, dtype, seed=self.seed)


@tf_export("uniform_unit_scaling_initializer", "initializers.uniform_unit_scaling")
class UniformUnitScaling(Initializer):
    """Uniform in [-sqrt(3 / fan_in) * factor, sqrt(3 / fan_in) * factor] (deprecated in TF)."""

    def __init__(self, factor=1.0, seed=None, dtype=_dtypes.float32):
        self.factor = factor
        self.seed = seed
        self.dtype = _assert_float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        dims = _as_list(shape)
        scale_dims = partition_info.full_shape if partition_info is not None else dims
        input_size = 1.0
        for d in scale_dims[:-1]:
            input_size *= float(d)
        max_val = math.sqrt(3 / max(input_size, 1.0)) * self.factor
        return _tf("random_uniform")(shape, -max_val, max_val, dtype, seed=self.seed)

    def get_config(self):
        return {"factor": self.factor, "seed": self.seed, "dtype": self.dtype.name}


@tf_export("variance_scaling_initializer", "initializers.variance_scaling")
class VarianceScaling(Initializer):
    """Samples with variance scale / fan (fan_in, fan_out or their mean)."""

    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None,
                 dtype=_dtypes.float32):
        if scale <= 0.0:
            raise ValueError("Argument `scale` must be a positive float. Received: %s" % scale)
        if mode not in ("fan_in", "fan_out", "fan_avg"):
            raise ValueError("Argument `mode` should be one of ('fan_in', 'fan_out', 'fan_avg'). "
                             "Received: %s" % mode)
        distribution = distribution.lower()
        if distribution not in ("normal", "uniform", "truncated_normal", "untruncated_normal"):
            raise ValueError("Argument `distribution` should be one of ('normal', uniform', "
                             "'truncated_normal', 'untruncated_normal'). Received: %s" % distribution)
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        self.dtype = _assert_float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        dims = _as_list(shape)
        scale_dims = partition_info.full_shape if partition_info is not None else dims
        scale = _variance_scale(self.scale, self.mode, *_compute_fans(scale_dims))
        if self.distribution in ("normal", "truncated_normal"):
            # The standard deviation of a unit normal truncated to [-2, 2].
            stddev = math.sqrt(scale) / 0.87962566103423978
            return _tf("truncated_normal")(shape, 0.0, stddev, dtype, seed=self.seed)
        if self.distribution == "untruncated_normal":
            return _tf("random_normal")(shape, 0.0, math.sqrt(scale), dtype, seed=self.seed)
        limit = math.sqrt(3.0 * scale)
        return _tf("random_uniform")(shape, -limit, limit, dtype, seed=self.seed)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution,
                "seed": self.seed, "dtype": self.dtype.name}


@tf_export("glorot_uniform_initializer", "initializers.glorot_uniform")
class GlorotUniform(VarianceScaling):
    def __init__(self, seed=None, dtype=_dtypes.float32):
        super().__init__(scale=1.0, mode="fan_avg", distribution="uniform", seed=seed, dtype=dtype)

    def get_config(self):
        return {"seed": self.seed, "dtype": self.dtype.name}


@tf_export("glorot_normal_initializer", "initializers.glorot_normal")
class GlorotNormal(VarianceScaling):
    def __init__(self, seed=None, dtype=_dtypes.float32):
        super().__init__(scale=1.0, mode="fan_avg", distribution="truncated_normal", seed=seed,
                         dtype=dtype)

    def get_config(self):
        return {"seed": self.seed, "dtype": self.dtype.name}


@tf_export("orthogonal_initializer", "initializers.orthogonal")
class Orthogonal(Initializer):
    """A (semi-)orthogonal matrix from the QR decomposition of a normal sample, times gain."""

    def __init__(self, gain=1.0, seed=None, dtype=_dtypes.float32):
        self.gain = gain
        self.seed = seed
        self.dtype = _assert_float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        dims = _as_list(shape)
        if len(dims) < 2:
            raise ValueError("The tensor to initialize, specified by argument `shape` must be at "
                             "least two-dimensional. Received shape=%s" % dims)
        rows = 1
        for d in dims[:-1]:
            rows *= d
        cols = dims[-1]
        flat = (cols, rows) if rows < cols else (rows, cols)
        a = _tf("random_normal")(flat, dtype=dtype, seed=self.seed)
        q, r = _tf("linalg.qr")(a, full_matrices=False)
        q = q * _tf("sign")(_tf("linalg.diag_part")(r))
        if rows < cols:
            q = _tf("linalg.matrix_transpose")(q)
        return self.gain * _tf("reshape")(q, dims)

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed, "dtype": self.dtype.name}


@tf_export("initializers.identity")
class Identity(Initializer):
    """gain times the identity matrix (2-D shapes only)."""

    def __init__(self, gain=1.0, dtype=_dtypes.float32):
        self.gain = gain
        self.dtype = _assert_float_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        if dtype is None:
            dtype = self.dtype
        dims = _as_list(shape)
        full = partition_info.full_shape if partition_info is not None else dims
        if len(full) != 2:
            raise ValueError("The tensor to initialize, specified by argument `shape` must be at "
                             "least two-dimensional. Received shape=%s" % full)
        # As TF builds it: eye (MatrixDiag/MatrixSetDiag), sliced to the partition, times gain.
        from tensorweave.ops import array_misc_ops, slicing_ops

        eye = array_misc_ops.eye(int(full[0]), int(full[1]), dtype=dtype)
        if partition_info is not None:
            eye = slicing_ops.slice(eye, list(partition_info.var_offset), list(dims))
        return self.gain * eye

    def get_config(self):
        return {"gain": self.gain, "dtype": self.dtype.name}


def _variance_scaling_fn(scale, mode, distribution, name):
    def make(seed=None):
        return VarianceScaling(scale=scale, mode=mode, distribution=distribution, seed=seed)

    make.__name__ = name
    make.__doc__ = "VarianceScaling(scale=%s, mode=%r, distribution=%r)." % (scale, mode, distribution)
    return tf_export("initializers." + name)(make)


lecun_normal = _variance_scaling_fn(1.0, "fan_in", "truncated_normal", "lecun_normal")
lecun_uniform = _variance_scaling_fn(1.0, "fan_in", "uniform", "lecun_uniform")
he_normal = _variance_scaling_fn(2.0, "fan_in", "truncated_normal", "he_normal")
he_uniform = _variance_scaling_fn(2.0, "fan_in", "uniform", "he_uniform")

# TF1's snake_case aliases of the classes.
zeros_initializer = Zeros
ones_initializer = Ones
constant_initializer = Constant
random_uniform_initializer = RandomUniform
random_normal_initializer = RandomNormal
truncated_normal_initializer = TruncatedNormal
uniform_unit_scaling_initializer = UniformUnitScaling
variance_scaling_initializer = VarianceScaling
glorot_uniform_initializer = GlorotUniform
glorot_normal_initializer = GlorotNormal
orthogonal_initializer = Orthogonal
identity_initializer = Identity
