"""Discrete Fourier transforms over the innermost 1, 2 or 3 dimensions: FFT/IFFT (complex),
RFFT/IRFFT (real signals, with an fft_length that crops or zero-pads the input), their 2-D and
3-D forms, the tf.signal.* / tf.spectral.* wrappers, and tf.signal.fftshift / ifftshift.

Gradients follow TF's convention for complex values (the gradient is the adjoint of the
transform applied to the incoming gradient): FFT's is size * IFFT(grad), RFFT's is the real
part of the adjoint of the half-spectrum transform, IRFFT's is RFFT(grad) weighted by 1 / size
(2 / size for the bins that stand for two conjugate frequencies).
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

_COMPLEX_ATTR = "Tcomplex: {complex64, complex128} = DT_COMPLEX64"
_REAL_ATTR = "Treal: {float, double} = DT_FLOAT"
_SUFFIX = {1: "", 2: "2D", 3: "3D"}


def _tf(name):
    return _api.EXPORTS[name]


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _check_rank(x, rank):
    if x.ndim < rank:
        raise _invalid(
            "Input must have rank of at least %d but got: %s"
            % (rank, "[" + ",".join(str(d) for d in x.shape) + "]")
        )


def _static_rank_check(t, rank):
    if t.shape.ndims is not None and t.shape.ndims < rank:
        raise ValueError("Shape must be at least rank %d but is rank %d" % (rank, t.shape.ndims))


def _fft_size(t, rank):
    """The number of points of the transform over the inner `rank` dims of t, as t's real dtype."""
    shape = apply_op("Shape", [t], {})
    inner = apply_op(
        "StridedSlice",
        [shape, np.array([-rank], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
        {"end_mask": 1},
    )
    size = apply_op("Prod", [inner, np.array([0], np.int32)], {})
    return apply_op("Cast", [size], {"DstT": t.dtype.base_dtype})


# ---------------------------------------------------------------------- FFT / IFFT
def _register_complex(rank, inverse):
    type_name = ("IFFT" if inverse else "FFT") + _SUFFIX[rank]
    axes = tuple(range(-rank, 0))

    class ComplexFFT(OpDef):
        def shape(self, input):
            _static_rank_check(input, rank)
            return input.shape

        def kernel(self, input, *, Tcomplex):
            _check_rank(input, rank)
            if input.size == 0:  # TF returns an empty result; NumPy refuses 0-point transforms
                return np.zeros(input.shape, input.dtype)
            out = np.fft.ifftn(input, axes=axes) if inverse else np.fft.fftn(input, axes=axes)
            return out.astype(input.dtype)

        def grad(self, op, grad):
            size = _fft_size(grad, rank)
            other = ("FFT" if inverse else "IFFT") + _SUFFIX[rank]
            back = apply_op(other, [grad], {})
            if inverse:
                return [apply_op("RealDiv", [back, size], {})]
            return [apply_op("Mul", [back, size], {})]

    ComplexFFT.__name__ = type_name
    register_op(type_name, inputs=["input: Tcomplex"], outputs=["output: Tcomplex"], attrs=[_COMPLEX_ATTR])(
        ComplexFFT
    )


# -------------------------------------------------------------------- RFFT / IRFFT
def _fit(x, sizes):
    """x with its last len(sizes) dims cropped or zero-padded to `sizes`."""
    rank = len(sizes)
    x = x[(Ellipsis,) + tuple(slice(0, int(n)) for n in sizes)]
    pads = [(0, 0)] * (x.ndim - rank) + [(0, max(int(n) - d, 0)) for n, d in zip(sizes, x.shape[-rank:])]
    return np.pad(x, pads) if any(p for _, p in pads) else x


def _lengths(fft_length, rank):
    n = np.asarray(fft_length).reshape(-1)
    if n.shape[0] != rank:
        raise _invalid("fft_length must have %d elements, got %d" % (rank, n.shape[0]))
    if np.any(n < 0):
        raise _invalid("fft_length must be non-negative")
    return [int(v) for v in n]


def _fft_length_shape(input, fft_length, rank, half):
    _static_rank_check(input, rank)
    if fft_length.shape.ndims is not None and fft_length.shape.ndims != 1:
        raise ValueError("Shape must be rank 1 but is rank %d" % fft_length.shape.ndims)
    if fft_length.shape.ndims == 1 and fft_length.shape.as_list()[0] not in (None, rank):
        raise ValueError(
            "Dimension must be %d but is %d: fft_length of a %d-D FFT has %d elements"
            % (rank, fft_length.shape.as_list()[0], rank, rank)
        )
    if input.shape.ndims is None:
        return TensorShape(None)
    value = tensor_util.constant_value(fft_length)
    outer = input.shape.as_list()[:-rank]
    if value is None:
        return TensorShape(outer + [None] * rank)
    dims = [int(v) for v in np.reshape(value, [-1])]
    if half and dims[-1] != 0:  # a 0-point RFFT has no bins at all (not 0 // 2 + 1)
        dims[-1] = dims[-1] // 2 + 1
    # Negative lengths fail when the op runs (InvalidArgumentError); statically they are unknown.
    return TensorShape(outer + [d if d >= 0 else None for d in dims])


def _register_real(rank, inverse):
    type_name = ("IRFFT" if inverse else "RFFT") + _SUFFIX[rank]
    axes = tuple(range(-rank, 0))

    class RealFFT(OpDef):
        def shape(self, input, fft_length):
            return _fft_length_shape(input, fft_length, rank, half=not inverse)

        def kernel(self, input, fft_length, *, Treal, Tcomplex):
            _check_rank(input, rank)
            n = _lengths(fft_length, rank)
            if inverse:
                spectrum = _fit(input, n[:-1] + [n[-1] // 2 + 1])
                out = (
                    np.fft.irfftn(spectrum, s=n, axes=axes)
                    if all(n)
                    else np.zeros(input.shape[:-rank] + tuple(n))
                )
                return out.astype(Treal.as_numpy_dtype)
            signal = _fit(input, n)
            if all(n):
                out = np.fft.rfftn(signal, axes=axes)
            else:
                bins = n[-1] // 2 + 1 if n[-1] else 0
                out = np.zeros(input.shape[:-rank] + tuple(n[:-1]) + (bins,), np.complex128)
            return out.astype(Tcomplex.as_numpy_dtype)

        def grad(self, op, grad):
            if rank == 3:  # TF registers no gradient for RFFT3D / IRFFT3D
                from tensorweave.training.gradients import _no_gradient_error

                raise _no_gradient_error(op)
            return _irfft_grad(op, grad, rank) if inverse else _rfft_grad(op, grad, rank)

    RealFFT.__name__ = type_name
    inputs = ["input: Tcomplex" if inverse else "input: Treal", "fft_length: int32"]
    outputs = ["output: Treal" if inverse else "output: Tcomplex"]
    register_op(type_name, inputs=inputs, outputs=outputs, attrs=[_REAL_ATTR, _COMPLEX_ATTR])(RealFFT)


def _inner_pad(t, amounts):
    """Zero-pads the end of each of t's innermost len(amounts) dims by `amounts` (int32 tensors)."""
    rank = len(amounts)
    outer = apply_op(
        "Maximum", [apply_op("Sub", [apply_op("Rank", [t], {}), np.int32(rank)], {}), np.int32(0)], {}
    )
    outer_pads = apply_op("Fill", [apply_op("Pack", [[outer, np.int32(2)]], {}), np.int32(0)], {})
    inner = apply_op("Pack", [[apply_op("Pack", [[np.int32(0), a]], {}) for a in amounts]], {})
    return apply_op("Pad", [t, apply_op("ConcatV2", [[outer_pads, inner], np.int32(0)], {})], {})


def _fit_tensor(t, lengths, rank):
    """t cropped or zero-padded on its inner `rank` dims to `lengths` (an int32 vector tensor)."""
    shape = apply_op("Shape", [t], {})
    amounts = []
    for i in range(rank):
        have = apply_op(
            "StridedSlice",
            [
                shape,
                np.array([i - rank], np.int32),
                np.array([i - rank + 1], np.int32),
                np.array([1], np.int32),
            ],
            {"shrink_axis_mask": 1},
        )
        want = apply_op(
            "StridedSlice",
            [lengths, np.array([i], np.int32), np.array([i + 1], np.int32), np.array([1], np.int32)],
            {"shrink_axis_mask": 1},
        )
        amounts.append(apply_op("Maximum", [apply_op("Sub", [want, have], {}), np.int32(0)], {}))
    padded = _inner_pad(t, amounts)
    outer = apply_op("Sub", [apply_op("Rank", [t], {}), np.int32(rank)], {})
    begin = apply_op(
        "Fill", [apply_op("ExpandDims", [apply_op("Rank", [t], {}), np.int32(0)], {}), np.int32(0)], {}
    )
    keep = apply_op("Fill", [apply_op("ExpandDims", [outer, np.int32(0)], {}), np.int32(-1)], {})
    size = apply_op("ConcatV2", [[keep, lengths], np.int32(0)], {})
    return apply_op("Slice", [padded, begin, size], {})


def _rfft_grad(op, grad, rank):
    """Re(J^H grad): the half spectrum zero-extended to the full length, times size * IFFT."""
    x, fft_length = op.inputs
    full = fft_length
    half_len = apply_op("FloorDiv", [full, np.int32(2)], {})
    last = apply_op(
        "StridedSlice",
        [full, np.array([-1], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
        {"end_mask": 1, "shrink_axis_mask": 1},
    )
    have = apply_op(
        "AddV2",
        [
            apply_op(
                "StridedSlice",
                [half_len, np.array([-1], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
                {"end_mask": 1, "shrink_axis_mask": 1},
            ),
            np.int32(1),
        ],
        {},
    )
    zeros = [np.int32(0)] * (rank - 1)
    extended = _inner_pad(grad, zeros + [apply_op("Sub", [last, have], {})])
    inverse = apply_op("IFFT" + _SUFFIX[rank], [extended], {})
    size = apply_op("Cast", [apply_op("Prod", [full, np.int32(0)], {})], {"DstT": grad.dtype.base_dtype})
    real = apply_op("Real", [apply_op("Mul", [inverse, size], {})], {"Tout": x.dtype.base_dtype})
    x_shape = apply_op("Shape", [x], {})
    inner = apply_op(
        "StridedSlice",
        [x_shape, np.array([-rank], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
        {"end_mask": 1},
    )
    return [_fit_tensor(real, inner, rank), None]


def _irfft_grad(op, grad, rank):
    """RFFT(grad) / size, doubled for the bins standing for two conjugate frequencies."""
    y, fft_length = op.inputs
    spectrum = apply_op("RFFT" + _SUFFIX[rank], [grad, fft_length], {"Tcomplex": y.dtype.base_dtype})
    last = apply_op(
        "StridedSlice",
        [fft_length, np.array([-1], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
        {"end_mask": 1, "shrink_axis_mask": 1},
    )
    bins = apply_op("AddV2", [apply_op("FloorDiv", [last, np.int32(2)], {}), np.int32(1)], {})
    k = apply_op("Range", [np.int32(0), bins, np.int32(1)], {})
    # Bin 0 and, for even lengths, bin n/2 stand for one frequency; the others for two.
    single = apply_op(
        "LogicalOr",
        [
            apply_op("Equal", [k, np.int32(0)], {}),
            apply_op("Equal", [apply_op("Mul", [k, np.int32(2)], {}), last], {}),
        ],
        {},
    )
    real_dtype = grad.dtype.base_dtype
    weight = apply_op(
        "SelectV2",
        [
            single,
            _ops.convert_to_tensor(np.ones((), real_dtype.as_numpy_dtype)),
            _ops.convert_to_tensor(np.full((), 2, real_dtype.as_numpy_dtype)),
        ],
        {},
    )
    size = apply_op("Cast", [apply_op("Prod", [fft_length, np.int32(0)], {})], {"DstT": real_dtype})
    weight = apply_op("RealDiv", [weight, size], {})
    weight = apply_op("Complex", [weight, apply_op("ZerosLike", [weight], {})], {"Tout": y.dtype.base_dtype})
    result = apply_op("Mul", [spectrum, weight], {})
    y_shape = apply_op("Shape", [y], {})
    inner = apply_op(
        "StridedSlice",
        [y_shape, np.array([-rank], np.int32), np.array([0], np.int32), np.array([1], np.int32)],
        {"end_mask": 1},
    )
    return [_fit_tensor(result, inner, rank), None]


for _rank in (1, 2, 3):
    for _inverse in (False, True):
        _register_complex(_rank, _inverse)
        _register_real(_rank, _inverse)


# ---------------------------------------------------------------------------- wrappers
def _complex_fn(type_name, *exports):
    def fn(input, name=None):  # noqa: A002
        return apply_op(type_name, [input], {}, name=name)

    fn.__name__ = fn.__qualname__ = type_name.lower()
    fn.__doc__ = "The %s of the innermost dimension(s) of a complex tensor." % type_name
    return tf_export(*exports)(fn)


def _exports(name):
    return ("signal." + name, "spectral." + name, name)


fft = _complex_fn("FFT", *_exports("fft"))
ifft = _complex_fn("IFFT", *_exports("ifft"))
fft2d = _complex_fn("FFT2D", *_exports("fft2d"))
ifft2d = _complex_fn("IFFT2D", *_exports("ifft2d"))
fft3d = _complex_fn("FFT3D", *_exports("fft3d"))
ifft3d = _complex_fn("IFFT3D", *_exports("ifft3d"))


def _infer_rfft_length(x, rank):
    inner = x.shape[-rank:] if x.shape.ndims is not None else TensorShape(None)
    if not inner.is_fully_defined():
        return _tf("shape")(x)[-rank:]
    return _ops.convert_to_tensor(inner.as_list(), _dtypes.int32)


def _infer_irfft_length(x, rank):
    inner = x.shape[-rank:] if x.shape.ndims is not None else TensorShape(None)
    if not inner.is_fully_defined():
        dims = _tf("unstack")(_tf("shape")(x)[-rank:])
        dims[-1] = _tf("maximum")(0, 2 * (dims[-1] - 1))
        return _tf("stack")(dims)
    dims = inner.as_list()
    if dims:
        dims[-1] = max(0, 2 * (dims[-1] - 1))
    return _ops.convert_to_tensor(dims, _dtypes.int32)


def _maybe_pad(x, rank, fft_length, is_reverse=False):
    """Zero-pads x's inner dims up to fft_length (the last to fft_length // 2 + 1 in reverse)."""
    fft_shape = tensor_util.constant_value_as_shape(fft_length)
    if x.shape.ndims is not None and any(d == 0 for d in x.shape.as_list()):
        return x
    if fft_shape.is_fully_defined() and x.shape.ndims is not None:
        inner = x.shape[-fft_shape.ndims :]
        if inner.is_fully_defined():
            dims = fft_shape.as_list()
            if is_reverse:
                dims[-1] = dims[-1] // 2 + 1
            paddings = [[0, max(f - d, 0)] for f, d in zip(dims, inner.as_list())]
            if any(p > 0 for _, p in paddings):
                outer = [[0, 0]] * max(x.shape.ndims - fft_shape.ndims, 0)
                return _tf("pad")(x, outer + paddings)
            return x
    maximum, shape = _tf("maximum"), _tf("shape")
    x_rank = _tf("rank")(x)
    inner = shape(x)[-rank:]
    outer_dims = maximum(0, x_rank - rank)
    outer_paddings = _tf("zeros")([outer_dims], fft_length.dtype)
    if is_reverse:
        fft_length = _tf("concat")([fft_length[:-1], fft_length[-1:] // 2 + 1], 0)
    fft_paddings = maximum(0, fft_length - inner)
    paddings = _tf("concat")([outer_paddings, fft_paddings], 0)
    paddings = _tf("stack")([_tf("zeros_like")(paddings), paddings], axis=1)
    return _tf("pad")(x, paddings)


def _rfft_fn(rank, default_name):
    type_name = "RFFT" + _SUFFIX[rank]

    def fn(input_tensor, fft_length=None, name=None):
        with name_scope(name, default_name, [input_tensor, fft_length]) as scope:
            x = _ops.convert_to_tensor(input_tensor, preferred_dtype=_dtypes.float32)
            if x.dtype.base_dtype not in (_dtypes.float32, _dtypes.float64):
                raise ValueError("RFFT requires tf.float32 or tf.float64 inputs, got: %s" % x)
            complex_dtype = _dtypes.complex64 if x.dtype.base_dtype == _dtypes.float32 else _dtypes.complex128
            x.shape.with_rank_at_least(rank)
            if fft_length is None:
                fft_length = _infer_rfft_length(x, rank)
            else:
                fft_length = _ops.convert_to_tensor(fft_length, _dtypes.int32)
            x = _maybe_pad(x, rank, fft_length)
            value = tensor_util.constant_value(fft_length)
            if value is not None:
                fft_length = value
            return apply_op(type_name, [x, fft_length], {"Tcomplex": complex_dtype}, name=scope)

    fn.__name__ = fn.__qualname__ = default_name
    fn.__doc__ = "The %d-D FFT of a real signal: the non-negative frequencies of the last dimension." % rank
    return fn


def _irfft_fn(rank, default_name):
    type_name = "IRFFT" + _SUFFIX[rank]

    def fn(input_tensor, fft_length=None, name=None):
        with name_scope(name, default_name, [input_tensor, fft_length]) as scope:
            x = _ops.convert_to_tensor(input_tensor, preferred_dtype=_dtypes.complex64)
            x.shape.with_rank_at_least(rank)
            if x.dtype.base_dtype not in (_dtypes.complex64, _dtypes.complex128):
                raise ValueError("IRFFT requires tf.complex64 or tf.complex128 inputs, got: %s" % x)
            real_dtype = x.dtype.base_dtype.real_dtype
            if fft_length is None:
                fft_length = _infer_irfft_length(x, rank)
            else:
                fft_length = _ops.convert_to_tensor(fft_length, _dtypes.int32)
            x = _maybe_pad(x, rank, fft_length, is_reverse=True)
            value = tensor_util.constant_value(fft_length)
            if value is not None:
                fft_length = value
            return apply_op(type_name, [x, fft_length], {"Treal": real_dtype}, name=scope)

    fn.__name__ = fn.__qualname__ = default_name
    fn.__doc__ = "The inverse of rfft%s: a real signal of length fft_length." % (
        "" if rank == 1 else "%dd" % rank
    )
    return fn


rfft = tf_export("signal.rfft", "spectral.rfft")(_rfft_fn(1, "rfft"))
irfft = tf_export("signal.irfft", "spectral.irfft")(_irfft_fn(1, "irfft"))
rfft2d = tf_export("signal.rfft2d", "spectral.rfft2d")(_rfft_fn(2, "rfft2d"))
irfft2d = tf_export("signal.irfft2d", "spectral.irfft2d")(_irfft_fn(2, "irfft2d"))
rfft3d = tf_export("signal.rfft3d", "spectral.rfft3d")(_rfft_fn(3, "rfft3d"))
irfft3d = tf_export("signal.irfft3d", "spectral.irfft3d")(_irfft_fn(3, "irfft3d"))


def _shift(x, axes, name, default_name, inverse):
    with name_scope(name, default_name) as scope:
        x = _ops.convert_to_tensor(x)
        shape = _tf("shape")
        if axes is None:
            axes = tuple(range(x.shape.ndims))
            amount = shape(x) // 2
        elif isinstance(axes, int):
            amount = shape(x)[axes] // 2
        else:
            rank = _tf("rank")(x)
            axes = apply_op("Select", [_tf("less")(axes, 0), axes + rank, axes], {})
            amount = _tf("gather")(shape(x), axes) // 2
        if inverse:
            amount = -amount
        return _tf("roll")(x, amount, axes, scope)


@tf_export("signal.fftshift")
def fftshift(x, axes=None, name=None):
    """Moves the zero frequency to the centre of the spectrum (a roll by half the size)."""
    return _shift(x, axes, name, "fftshift", False)


@tf_export("signal.ifftshift")
def ifftshift(x, axes=None, name=None):
    """The inverse of fftshift."""
    return _shift(x, axes, name, "ifftshift", True)
