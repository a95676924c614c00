"""N-dimensional discrete Fourier transforms over chosen axes: FFTND / IFFTND (complex),
RFFTND / IRFFTND (real signals), the tf.signal.fftnd family (which infer fft_length and axes,
zero-pad the input up to fft_length and apply a `norm`) and the raw top-level tf.fftnd ops.

`fft_length[i]` points are taken along `axes[i]` (the input cropped or zero-padded to it);
RFFTND keeps the non-negative frequencies (n // 2 + 1) of the last axis, IRFFTND reads that many
and gives fft_length[-1] real points. TF registers no gradient for these ops.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import NO_GRADIENT, OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import spectral_ops as _spectral

_COMPLEX_ATTR = "Tcomplex: {complex64, complex128} = DT_COMPLEX64"
_REAL_ATTR = "Treal: {float, double} = DT_FLOAT"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _lengths_and_axes(x, fft_length, axes, type_name):
    n = [int(v) for v in np.asarray(fft_length).reshape(-1)]
    ax = [int(v) for v in np.asarray(axes).reshape(-1)]
    if len(n) != len(ax):
        raise _invalid("%s: fft_length and axes must have the same number of elements, got %d "
                       "and %d" % (type_name, len(n), len(ax)))
    if len(ax) > x.ndim:
        raise _invalid("%s: the input must have rank of at least %d but got: %d"
                       % (type_name, len(ax), x.ndim))
    for a in ax:
        if not -x.ndim <= a < x.ndim:
            raise _invalid("%s: axis %d is out of range for an input of rank %d"
                           % (type_name, a, x.ndim))
    if any(v < 0 for v in n):
        raise _invalid("%s: fft_length must be non-negative" % type_name)
    return n, [a % x.ndim for a in ax]


def _nd_shape(input, fft_length, axes, half):
    """Input dims with the transformed axes set to their (known) lengths."""
    for what, t in (("fft_length", fft_length), ("axes", axes)):
        if t.shape.ndims is not None and t.shape.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d for '%s'" % (t.shape.ndims, what))
    if input.shape.ndims is None:
        return TensorShape(None)
    rank = input.shape.ndims
    lengths = tensor_util.constant_value(fft_length)
    axis_values = tensor_util.constant_value(axes)
    if axis_values is None:
        return TensorShape([None] * rank)
    dims = input.shape.as_list()
    ax = [int(a) % rank if -rank <= int(a) < rank else None for a in np.reshape(axis_values, -1)]
    if lengths is None or None in ax:
        for a in ax:
            if a is not None:
                dims[a] = None
        return TensorShape(dims)
    lengths = [int(v) for v in np.reshape(lengths, -1)]
    if len(lengths) != len(ax):
        return TensorShape(dims)
    for i, (a, n) in enumerate(zip(ax, lengths)):
        last = i == len(ax) - 1
        dims[a] = None if n < 0 else (n // 2 + 1 if half and last and n else n)
    return TensorShape(dims)


def _register(type_name, inverse, real):
    class FFTND(OpDef):
        def shape(self, input, fft_length, axes):
            return _nd_shape(input, fft_length, axes, half=real and not inverse)

        def kernel(self, input, fft_length, axes, **attrs):
            n, ax = _lengths_and_axes(input, fft_length, axes, type_name)
            if real and not inverse:
                out_dtype = attrs["Tcomplex"].as_numpy_dtype
                if not ax:
                    return input.astype(out_dtype)
                if 0 in n or input.size == 0:
                    shape = list(input.shape)
                    for i, (a, k) in enumerate(zip(ax, n)):
                        shape[a] = k // 2 + 1 if i == len(ax) - 1 and k else k
                    return np.zeros(shape, out_dtype)
                return np.fft.rfftn(input, s=n, axes=ax).astype(out_dtype)
            if real:
                out_dtype = attrs["Treal"].as_numpy_dtype
                if not ax:
                    return input.real.astype(out_dtype)
                if 0 in n or input.size == 0:
                    shape = list(input.shape)
                    for a, k in zip(ax, n):
                        shape[a] = k
                    return np.zeros(shape, out_dtype)
                return np.fft.irfftn(input, s=n, axes=ax).astype(out_dtype)
            if not ax:
                return input.copy()
            if 0 in n or input.size == 0:
                shape = list(input.shape)
                for a, k in zip(ax, n):
                    shape[a] = k
                return np.zeros(shape, input.dtype)
            fn = np.fft.ifftn if inverse else np.fft.fftn
            return fn(input, s=n, axes=ax).astype(input.dtype)

        grad = NO_GRADIENT

    FFTND.__name__ = type_name
    if real:
        attrs = [_REAL_ATTR, _COMPLEX_ATTR]
        inputs = ["input: Tcomplex" if inverse else "input: Treal", "fft_length: int32",
                  "axes: int32"]
        outputs = ["output: Treal" if inverse else "output: Tcomplex"]
    else:
        attrs = ["Tcomplex: {complex64, complex128}"]
        inputs = ["input: Tcomplex", "fft_length: int32", "axes: int32"]
        outputs = ["output: Tcomplex"]
    register_op(type_name, inputs=inputs, outputs=outputs, attrs=attrs)(FFTND)


for _type_name, _inverse, _real in (("FFTND", False, False), ("IFFTND", True, False),
                                    ("RFFTND", False, True), ("IRFFTND", True, True)):
    _register(_type_name, _inverse, _real)


# ---------------------------------------------------------------------------- raw ops
@tf_export("fftnd")
def fftnd_op(input, fft_length, axes, name=None):
    return apply_op("FFTND", [input, fft_length, axes], {}, name=name)


@tf_export("ifftnd")
def ifftnd_op(input, fft_length, axes, name=None):
    return apply_op("IFFTND", [input, fft_length, axes], {}, name=name)


@tf_export("rfftnd")
def rfftnd_op(input, fft_length, axes, Tcomplex=_dtypes.complex64, name=None):
    return apply_op("RFFTND", [input, fft_length, axes],
                    {"Tcomplex": _dtypes.as_dtype(Tcomplex)}, name=name)


@tf_export("irfftnd")
def irfftnd_op(input, fft_length, axes, Treal=_dtypes.float32, name=None):
    return apply_op("IRFFTND", [input, fft_length, axes], {"Treal": _dtypes.as_dtype(Treal)},
                    name=name)


# ---------------------------------------------------------------------- tf.signal.*nd
def _axes(x, axes):
    if axes is None:
        return _ops.convert_to_tensor(np.arange(len(x.shape)), _dtypes.int32)
    return _ops.convert_to_tensor(axes, _dtypes.int32)


def _apply_norm(x, fft_length, norm, divide):
    if norm is None or norm == "backward":
        return x
    n = 1
    for length in fft_length:  # a Tensor raises OperatorNotAllowedInGraphError, as in TF
        n *= int(length)
    if norm == "forward":
        factor = n
    elif norm == "ortho":
        factor = np.sqrt(n)
    else:
        return x
    op = "RealDiv" if divide else "Mul"
    name = "truediv" if divide else "mul"
    factor = _ops.convert_to_tensor(factor, dtype=x.dtype.base_dtype)
    return apply_op(op, [x, factor], {}, name=name)


def _nd_wrapper(type_name, default_name, real_input, inverse_real):
    def fn(input_tensor, fft_length=None, axes=None, norm=None, name=None):
        with name_scope(name, default_name, [input_tensor, fft_length, axes]) as scope:
            axes_t = _axes(input_tensor, axes)
            rank = axes_t.shape[0]
            x = _ops.convert_to_tensor(
                input_tensor,
                preferred_dtype=_dtypes.float32 if real_input else _dtypes.complex64)
            attrs = {}
            if real_input:
                if x.dtype not in (_dtypes.float32, _dtypes.float64):
                    raise ValueError("RFFT requires tf.float32 or tf.float64 inputs, got: %s" % x)
                attrs["Tcomplex"] = (_dtypes.complex64 if x.dtype == _dtypes.float32
                                     else _dtypes.complex128)
            x.shape.with_rank_at_least(rank)
            if inverse_real:
                if x.dtype not in (_dtypes.complex64, _dtypes.complex128):
                    raise ValueError("IRFFT requires tf.complex64 or tf.complex128 inputs, got: "
                                     "%s" % x)
                attrs["Treal"] = x.dtype.real_dtype
            inferred = None
            if fft_length is None:
                if inverse_real:
                    dims = x.shape.as_list()
                    dims[-1] = max(0, 2 * (dims[-1] - 1))
                    fft_length = _ops.convert_to_tensor(dims, _dtypes.int32)
                else:
                    shape = apply_op("Shape", [x], {})
                    fft_length = apply_op(
                        "StridedSlice",
                        [shape, np.array([-len(x.shape)], np.int32), np.array([0], np.int32),
                         np.array([1], np.int32)], {"end_mask": 1}, name="strided_slice")
                    inferred = fft_length
            else:
                fft_length = _ops.convert_to_tensor(fft_length, _dtypes.int32)
            x = _spectral._maybe_pad(x, rank, fft_length, is_reverse=inverse_real)
            # NOTE: TF folds fft_length to a constant only where its constant_value can (a
            # given or literal length, not the Shape slice inferred for fftnd / rfftnd); a
            # norm over an unfolded length iterates a Tensor: OperatorNotAllowedInGraphError.
            value = tensor_util.constant_value(fft_length) if inferred is None else None
            if value is not None:
                fft_length = value
            x = _apply_norm(x, fft_length, norm,
                            divide=not (inverse_real or type_name == "IFFTND"))
            return apply_op(type_name, [x, fft_length, axes_t], attrs, name=scope)

    fn.__name__ = fn.__qualname__ = default_name
    fn.__doc__ = ("The %s of `input_tensor` over `axes` (default: all), with fft_length[i] "
                  "points along axes[i] (default: the input's dims; for irfftnd the last is "
                  "2 * (n - 1)); norm is 'backward' (default), 'ortho' or 'forward'." % type_name)
    return fn


fftnd = tf_export("signal.fftnd")(_nd_wrapper("FFTND", "fftnd", False, False))
ifftnd = tf_export("signal.ifftnd")(_nd_wrapper("IFFTND", "ifftnd", False, False))
rfftnd = tf_export("signal.rfftnd")(_nd_wrapper("RFFTND", "rfftnd", True, False))
irfftnd = tf_export("signal.irfftnd")(_nd_wrapper("IRFFTND", "irfftnd", False, True))
