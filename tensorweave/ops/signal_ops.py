"""tf.signal beyond the FFTs: framing (frame, overlap_and_add), window functions, the short-time
Fourier transform and its inverse, mel filterbanks and MFCCs, the DCT family and the MDCT.

Everything here is a composite of existing ops (Gather, Pad, Reshape, RFFT, ...), so each
function has static shape inference through those ops plus a set_shape where the composite
loses what is known, and gradients wherever the underlying ops have them.

Sizes are handled as "python int when static, int32 tensor otherwise": the same arithmetic
(`*`, `//`, `-`) then works for both, and fully static calls build small graphs.
"""

import math

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


def _tf(name):
    return _api.EXPORTS[name]


def _static_int(t):
    value = tensor_util.constant_value(t)
    return None if value is None else int(value)


def _int_or_tensor(t):
    """t's value as a python int when it is known while building the graph, else t itself."""
    value = _static_int(t)
    return t if value is None else value


def _scalar_int(value, name):
    t = _ops.convert_to_tensor(value, _dtypes.int32, name=name)
    t.shape.assert_has_rank(0)
    return t


def _dim(t, axis):
    """t's dimension `axis` as a python int when static, else an int32 scalar tensor."""
    if t.shape.ndims is not None:
        d = t.shape.as_list()[axis]
        if d is not None:
            return d
    return _tf("shape")(t)[axis]


def _shape_vector(*parts):
    """Joins python ints, int32 scalars and int32 vectors (given as lists of one tensor) into
    a shape: a python list when everything is static, else an int32 vector tensor."""
    flat = []
    for p in parts:
        flat.extend(p if isinstance(p, list) else [p])
    if all(isinstance(p, int) for p in flat):
        return flat
    pieces = []
    for p in flat:
        if isinstance(p, _ops.Tensor) and p.shape.ndims == 1:
            pieces.append(p)
        else:
            pieces.append(_tf("reshape")(_ops.convert_to_tensor(p, _dtypes.int32), [1]))
    return _tf("concat")(pieces, 0)


def _as_float_dtype(dtype, what="dtype"):
    dtype = _dtypes.as_dtype(dtype)
    if not dtype.is_floating:
        raise ValueError(f"{what} must be a floating point type. Found {dtype}")
    return dtype


# -------------------------------------------------------------------------- framing
def _frame_static_shape(signal, frame_length, frame_step, pad_end, axis):
    rank = signal.shape.ndims
    axis_value = _static_int(axis)
    if rank is None or axis_value is None:
        return TensorShape(None)
    if axis_value < 0:
        axis_value += rank
    dims = signal.shape.as_list()
    length, fl, fs = dims[axis_value], _static_int(frame_length), _static_int(frame_step)
    frames = None
    if length is not None and fl is not None and fs is not None:
        frames = -(-length // fs) if pad_end else max(0, 1 + (length - fl) // fs)
    return TensorShape(dims[:axis_value] + [frames, fl] + dims[axis_value + 1 :])


@tf_export("signal.frame")
def frame(signal, frame_length, frame_step, pad_end=False, pad_value=0, axis=-1, name=None):
    """Slides a window of `frame_length` samples, `frame_step` apart, along `axis` of `signal`.

    The result replaces dimension `axis` by [frames, frame_length]. With `pad_end` the signal is
    padded at the end with `pad_value` and there are ceil(length / frame_step) frames; without
    it, frames that would run past the end are dropped.
    """
    with name_scope(name, "frame", [signal, frame_length, frame_step, pad_value]):
        signal = _ops.convert_to_tensor(signal, name="signal")
        frame_length = _scalar_int(frame_length, "frame_length")
        frame_step = _scalar_int(frame_step, "frame_step")
        axis = _scalar_int(axis, "axis")
        signal.shape.with_rank_at_least(1)
        static_shape = _frame_static_shape(signal, frame_length, frame_step, pad_end, axis)

        rank = signal.shape.ndims
        axis_value = _static_int(axis)
        if rank is not None and axis_value is not None:
            axis_index = axis_value + rank if axis_value < 0 else axis_value
            rank_value = rank
        else:
            rank_value = rank if rank is not None else _tf("rank")(signal)
            axis_index = _tf("math.floormod")(axis, rank_value)
        length = _dim(signal, axis_index) if isinstance(axis_index, int) else _tf("shape")(signal)[axis_index]
        fl, fs = _int_or_tensor(frame_length), _int_or_tensor(frame_step)

        if pad_end:
            pad_value = _ops.convert_to_tensor(pad_value, signal.dtype, name="pad_value")
            frames = -(-length // fs)
            extra = fl + fs * (frames - 1) - length
            extra = max(0, extra) if isinstance(extra, int) else _tf("maximum")(0, extra)
            if isinstance(extra, int) and isinstance(axis_index, int):
                paddings = [[0, 0]] * rank_value
                paddings[axis_index] = [0, extra]
            else:
                after = _tf("one_hot")(axis_index, rank_value, dtype=_dtypes.int32) * extra
                paddings = _tf("stack")([_tf("zeros_like")(after), after], axis=1)
            if not isinstance(extra, int) or extra > 0:
                signal = _tf("pad")(signal, paddings, constant_values=pad_value)
            length = length + extra

        frames = 1 + (length - fl) // fs
        frames = max(0, frames) if isinstance(frames, int) else _tf("maximum")(0, frames)
        rng = _tf("range")
        starts = _tf("expand_dims")(rng(frames) * fs, 1)
        offsets = _tf("expand_dims")(rng(fl), 0)
        if not isinstance(axis_index, int) or axis_index == 0:
            # NOTE: Gather's gradient on axis 0 is IndexedSlices; TF's frame hands the caller a
            # dense gradient, which a Reshape in between gives (its gradient densifies).
            signal = _tf("reshape")(signal, _tf("shape")(signal))
        result = _tf("gather")(signal, starts + offsets, axis=axis_index)
        result.set_shape(static_shape)
        return result


@tf_export("signal.overlap_and_add")
def overlap_and_add(signal, frame_step, name=None):
    """Sums frames [..., frames, frame_length] placed `frame_step` apart into one signal of
    length (frames - 1) * frame_step + frame_length."""
    with name_scope(name, "overlap_and_add", [signal, frame_step]):
        signal = _ops.convert_to_tensor(signal, name="signal")
        signal.shape.with_rank_at_least(2)
        frame_step = _ops.convert_to_tensor(frame_step, name="frame_step")
        frame_step.shape.assert_has_rank(0)
        if not frame_step.dtype.is_integer:
            raise ValueError(f"overlap_and_add: frame_step must be an integer. Got {frame_step.dtype}")
        if frame_step.dtype.base_dtype != _dtypes.int32:
            frame_step = _tf("cast")(frame_step, _dtypes.int32)

        step = _int_or_tensor(frame_step)
        frames, length = _dim(signal, -2), _dim(signal, -1)
        output_length = step * (frames - 1) + length
        if signal.shape.ndims is not None:
            dims = signal.shape.as_list()[:-2]
            static_length = output_length if isinstance(output_length, int) else None
            static_shape = TensorShape(dims + [static_length])
            outer = [_dim(signal, i) for i in range(len(dims))]
            batch = 1
            for d in outer:
                batch = batch * d
        else:
            static_shape = TensorShape(None)
            outer_vector = _tf("shape")(signal)[:-2]
            outer = [outer_vector]
            batch = _tf("reduce_prod")(outer_vector)

        # Each frame is cut into `segments` pieces of `step` samples; piece g of frame f lands
        # on output block f + g. Padding the frames axis by `segments` and re-reading the
        # [segments, frames + segments] grid with a row shorter by one shifts row g by g
        # blocks, so a sum over the segment axis adds every piece into its block.
        segments = -(-length // step)
        x = _tf("reshape")(signal, _shape_vector(batch, frames, length))
        x = _tf("pad")(x, _shape_pairs([[0, 0], [0, segments], [0, segments * step - length]]))
        x = _tf("reshape")(x, _shape_vector(batch, frames + segments, segments, step))
        x = _tf("transpose")(x, [0, 2, 1, 3])
        x = _tf("reshape")(x, _shape_vector(batch, segments * (frames + segments), step))
        x = x[:, : segments * (frames + segments - 1)]
        x = _tf("reshape")(x, _shape_vector(batch, segments, frames + segments - 1, step))
        x = _tf("reduce_sum")(x, 1)
        x = _tf("reshape")(x, _shape_vector(batch, (frames + segments - 1) * step))
        x = x[:, :output_length]
        result = _tf("reshape")(x, _shape_vector(outer, output_length))
        result.set_shape(static_shape)
        return result


def _shape_pairs(pairs):
    """A paddings argument from [[before, after], ...] holding python ints or int32 scalars."""
    flat = [v for pair in pairs for v in pair]
    if all(isinstance(v, int) for v in flat):
        return pairs
    return _tf("reshape")(_shape_vector(*flat), [len(pairs), 2])


# -------------------------------------------------------------------------- windows
def _window_length(window_length):
    length = _scalar_int(window_length, "window_length")
    return length, _static_int(length)


def _raised_cosine_window(name, default_name, window_length, periodic, dtype, a, b):
    dtype = _as_float_dtype(dtype)
    with name_scope(name, default_name, [window_length, periodic]):
        length, static = _window_length(window_length)
        if static == 1:
            return _tf("ones")([1], dtype)
        periodic = _ops.convert_to_tensor(periodic, _dtypes.bool, name="periodic")
        periodic.shape.assert_has_rank(0)
        cast = _tf("cast")
        even = 1 - _tf("math.floormod")(length, 2)
        denominator = cast(length + cast(periodic, _dtypes.int32) * even - 1, dtype)
        if static is None:
            # Length 1 gives 0 / 0 below; that branch is replaced by ones, keep it finite.
            denominator = _tf("maximum")(denominator, _ops.convert_to_tensor(1, dtype))
        count = cast(_tf("range")(length), dtype)
        angle = _ops.convert_to_tensor(2 * np.pi, dtype) * count / denominator
        window = _ops.convert_to_tensor(a, dtype) - _ops.convert_to_tensor(b, dtype) * _tf("cos")(angle)
        if static is None:
            window = _tf("where_v2")(_tf("equal")(length, 1), _tf("ones_like")(window), window)
        return window


@tf_export("signal.hann_window")
def hann_window(window_length, periodic=True, dtype=_dtypes.float32, name=None):
    """0.5 - 0.5 cos(2 pi n / N), N = length (periodic) or length - 1 (symmetric)."""
    return _raised_cosine_window(name, "hann_window", window_length, periodic, dtype, 0.5, 0.5)


@tf_export("signal.hamming_window")
def hamming_window(window_length, periodic=True, dtype=_dtypes.float32, name=None):
    """0.54 - 0.46 cos(2 pi n / N), N = length (periodic) or length - 1 (symmetric)."""
    return _raised_cosine_window(name, "hamming_window", window_length, periodic, dtype, 0.54, 0.46)


@tf_export("signal.kaiser_window")
def kaiser_window(window_length, beta=12.0, dtype=_dtypes.float32, name=None):
    """I0(beta sqrt(1 - (2n / (N - 1) - 1)^2)) / I0(beta), computed with bessel_i0e for range."""
    dtype = _as_float_dtype(dtype)
    with name_scope(name, "kaiser_window"):
        length, static = _window_length(window_length)
        if static == 1:
            return _tf("ones")([1], dtype)
        if static is not None and static < 1:
            raise ValueError(
                f"kaiser_window: window_length must be positive, got {static} (the sample range is empty)"
            )
        cast = _tf("cast")
        beta = cast(beta, dtype)
        half = (cast(length, dtype) - 1.0) / 2.0
        position = _tf("range")(-half, half + 0.1, dtype=dtype)
        if static is not None:
            position.set_shape([static])
        one = _ops.convert_to_tensor(1.0, dtype)
        inside = _tf("maximum")(one - _tf("square")(position / half), _ops.convert_to_tensor(0.0, dtype))
        arg = beta * _tf("sqrt")(inside)
        i0e = _tf("math.bessel_i0e")
        # I0(x) / I0(beta) == exp(x - beta) * i0e(x) / i0e(beta), which cannot overflow.
        return _tf("exp")(arg - beta) * (i0e(arg) / i0e(beta))


@tf_export("signal.kaiser_bessel_derived_window")
def kaiser_bessel_derived_window(window_length, beta=12.0, dtype=_dtypes.float32, name=None):
    """The KBD window: square roots of normalised running sums of a Kaiser window, mirrored.
    Its length is 2 * (window_length // 2)."""
    dtype = _as_float_dtype(dtype)
    with name_scope(name, "kaiser_bessel_derived_window"):
        length, static = _window_length(window_length)
        half = static // 2 if static is not None else length // 2
        kaiser = kaiser_window(half + 1, beta, dtype)
        running = _tf("cumsum")(kaiser)
        half_window = _tf("sqrt")(running[:-1] / running[-1])
        return _tf("concat")([half_window, _tf("reverse")(half_window, [0])], 0)


@tf_export("signal.vorbis_window")
def vorbis_window(window_length, dtype=_dtypes.float32, name=None):
    """sin(pi / 2 * sin^2(pi (n + 0.5) / N)), the power-complementary window of Vorbis."""
    dtype = _as_float_dtype(dtype)
    with name_scope(name, "vorbis_window"):
        length, _ = _window_length(window_length)
        cast, sin = _tf("cast"), _tf("sin")
        n = cast(_tf("range")(length), dtype)
        inner = sin(_ops.convert_to_tensor(np.pi, dtype) / cast(length, dtype) * (n + 0.5))
        return sin(_ops.convert_to_tensor(np.pi / 2.0, dtype) * _tf("square")(inner))


# ----------------------------------------------------------------------------- STFT
def _enclosing_power_of_two(value):
    """The smallest power of two >= value, as an int32 tensor (static where value is)."""
    static = _static_int(value)
    if static is not None:
        return _ops.convert_to_tensor(int(2 ** np.ceil(np.log2(max(static, 1)))), _dtypes.int32)
    cast = _tf("cast")
    exponent = _tf("ceil")(_tf("log")(cast(value, _dtypes.float32)) / math.log(2.0))
    return cast(_tf("pow")(2.0, exponent), _dtypes.int32)


def _stft_lengths(frame_length, frame_step, fft_length):
    """stft's and inverse_stft's scalar lengths; fft_length defaults to the smallest power of two
    holding frame_length."""
    frame_length = _scalar_int(frame_length, "frame_length")
    frame_step = _scalar_int(frame_step, "frame_step")
    if fft_length is None:
        return frame_length, frame_step, _enclosing_power_of_two(frame_length)
    return frame_length, frame_step, _scalar_int(fft_length, "fft_length")


@tf_export("signal.stft")
def stft(signals, frame_length, frame_step, fft_length=None, window_fn=hann_window, pad_end=False, name=None):
    """Short-time Fourier transform: rfft of windowed frames, [..., frames, fft_length // 2 + 1].
    fft_length defaults to the smallest power of two holding frame_length."""
    with name_scope(name, "stft", [signals, frame_length, frame_step]):
        signals = _ops.convert_to_tensor(signals, name="signals")
        signals.shape.with_rank_at_least(1)
        frame_length, frame_step, fft_length = _stft_lengths(frame_length, frame_step, fft_length)
        framed = frame(signals, frame_length, frame_step, pad_end=pad_end)
        if window_fn is not None:
            framed = framed * window_fn(frame_length, dtype=framed.dtype)
        return _tf("signal.rfft")(framed, [fft_length])


@tf_export("signal.inverse_stft_window_fn")
def inverse_stft_window_fn(frame_step, forward_window_fn=hann_window, name=None):
    """A window_fn for inverse_stft that undoes `forward_window_fn` under overlap-add: the
    forward window divided by the sum of its squares over all frames overlapping a sample."""

    def inverse_window(frame_length, dtype):
        with name_scope(name, "inverse_stft_window_fn", [forward_window_fn]):
            step = _scalar_int(frame_step, "frame_step")
            length = _scalar_int(frame_length, "frame_length")
            forward = forward_window_fn(length, dtype=dtype)
            energy = _tf("square")(forward)
            overlaps = -(-length // step)
            energy = _tf("pad")(energy, _tf("reshape")(_tf("stack")([0, overlaps * step - length]), [1, 2]))
            energy = _tf("reshape")(energy, _tf("stack")([overlaps, step]))
            energy = _tf("reduce_sum")(energy, 0, keepdims=True)
            energy = _tf("reshape")(_tf("tile")(energy, _tf("stack")([overlaps, 1])), [-1])
            return forward / energy[:length]

    return inverse_window


@tf_export("signal.inverse_stft")
def inverse_stft(stfts, frame_length, frame_step, fft_length=None, window_fn=hann_window, name=None):
    """Overlap-add of the windowed irfft of each STFT frame, cropped or padded to frame_length.
    Pass window_fn=inverse_stft_window_fn(frame_step) to invert stft exactly."""
    with name_scope(name, "inverse_stft", [stfts]):
        stfts = _ops.convert_to_tensor(stfts, name="stfts")
        stfts.shape.with_rank_at_least(2)
        frame_length, frame_step, fft_length = _stft_lengths(frame_length, frame_step, fft_length)
        frames = _tf("signal.irfft")(stfts, [fft_length])

        static_length = _static_int(frame_length)
        have = frames.shape.as_list()[-1] if frames.shape.ndims is not None else None
        if static_length is None or have is None:
            frames = frames[..., :frame_length]
            short = _tf("maximum")(0, frame_length - _tf("shape")(frames)[-1])
            paddings = _tf("concat")(
                [
                    _tf("zeros")(_tf("stack")([_tf("rank")(frames) - 1, 2]), _dtypes.int32),
                    _tf("reshape")(_tf("stack")([0, short]), [1, 2]),
                ],
                0,
            )
            frames = _tf("pad")(frames, paddings)
        elif have > static_length:
            frames = frames[..., :static_length]
        elif have < static_length:
            frames = _tf("pad")(frames, [[0, 0]] * (frames.shape.ndims - 1) + [[0, static_length - have]])
        if static_length is not None and frames.shape.ndims is not None:
            frames.set_shape([None] * (frames.shape.ndims - 1) + [static_length])

        if window_fn is not None:
            frames = frames * window_fn(frame_length, dtype=stfts.dtype.real_dtype)
        return overlap_and_add(frames, frame_step)


# --------------------------------------------------------------------- mel and MFCC
_MEL_BREAK_HERTZ = 700.0
_MEL_HIGH_Q = 1127.0


def _hertz_to_mel(hertz):
    return _MEL_HIGH_Q * _tf("log")(1.0 + hertz / _MEL_BREAK_HERTZ)


@tf_export("signal.linear_to_mel_weight_matrix")
def linear_to_mel_weight_matrix(
    num_mel_bins=20,
    num_spectrogram_bins=129,
    sample_rate=8000,
    lower_edge_hertz=125.0,
    upper_edge_hertz=3800.0,
    dtype=_dtypes.float32,
    name=None,
):
    """A [num_spectrogram_bins, num_mel_bins] matrix of triangular HTK mel filters, mapping a
    linear-frequency magnitude spectrogram to mel bands (the DC bin gets no weight)."""
    with name_scope(name, "linear_to_mel_weight_matrix") as scope:
        if isinstance(sample_rate, _ops.Tensor):
            folded = tensor_util.constant_value(sample_rate)
            if folded is not None:
                sample_rate = folded
        _check_mel_arguments(num_mel_bins, sample_rate, lower_edge_hertz, upper_edge_hertz, dtype)
        dtype = _dtypes.as_dtype(dtype)
        sample_rate = _tf("cast")(sample_rate, dtype, name="sample_rate")
        lower = _ops.convert_to_tensor(lower_edge_hertz, dtype, name="lower_edge_hertz")
        upper = _ops.convert_to_tensor(upper_edge_hertz, dtype, name="upper_edge_hertz")
        zero = _ops.convert_to_tensor(0.0, dtype)
        linspace = _tf("linspace")
        frequencies = linspace(zero, sample_rate / 2.0, num_spectrogram_bins)[1:]
        bins_mel = _tf("expand_dims")(_hertz_to_mel(frequencies), 1)
        # num_mel_bins + 2 equally spaced mel edges: band i spans edges i .. i + 2, peaking at i + 1.
        edges = frame(linspace(_hertz_to_mel(lower), _hertz_to_mel(upper), num_mel_bins + 2), 3, 1)
        left, center, right = (_tf("reshape")(t, [1, num_mel_bins]) for t in _tf("split")(edges, 3, axis=1))
        rising = (bins_mel - left) / (center - left)
        falling = (right - bins_mel) / (right - center)
        weights = _tf("maximum")(zero, _tf("minimum")(rising, falling))
        return _tf("pad")(weights, [[1, 0], [0, 0]], name=scope)


def _check_mel_arguments(num_mel_bins, sample_rate, lower_edge_hertz, upper_edge_hertz, dtype):
    if num_mel_bins <= 0:
        raise ValueError(f"linear_to_mel_weight_matrix: num_mel_bins must be positive. Got: {num_mel_bins}")
    if lower_edge_hertz < 0.0:
        raise ValueError(
            f"linear_to_mel_weight_matrix: lower_edge_hertz must be non-negative. Got: {lower_edge_hertz}"
        )
    if lower_edge_hertz >= upper_edge_hertz:
        raise ValueError(
            f"linear_to_mel_weight_matrix: lower_edge_hertz {lower_edge_hertz:.1f} >= upper_edge_hertz {upper_edge_hertz:.1f}"
        )
    if not isinstance(sample_rate, _ops.Tensor):
        if sample_rate <= 0.0:
            raise ValueError(f"linear_to_mel_weight_matrix: sample_rate must be positive. Got: {sample_rate}")
        if upper_edge_hertz > sample_rate / 2:
            raise ValueError(
                f"linear_to_mel_weight_matrix: upper_edge_hertz {upper_edge_hertz:.1f} is above the Nyquist frequency "
                f"(sample_rate / 2 = {sample_rate / 2:.1f})"
            )
    if not _dtypes.as_dtype(dtype).is_floating:
        raise ValueError(f"linear_to_mel_weight_matrix: dtype must be a floating point type. Got: {dtype}")


@tf_export("signal.mfccs_from_log_mel_spectrograms")
def mfccs_from_log_mel_spectrograms(log_mel_spectrograms, name=None):
    """MFCCs: the orthonormally scaled (HTK) type-II DCT of log mel spectrograms [..., bins]."""
    with name_scope(name, "mfccs_from_log_mel_spectrograms", [log_mel_spectrograms]):
        x = _ops.convert_to_tensor(log_mel_spectrograms, name="log_mel_spectrograms")
        bins = x.shape.as_list()[-1] if x.shape.ndims else None
        if bins == 0:
            raise ValueError(f"mfccs_from_log_mel_spectrograms: num_mel_bins must be positive. Got: {x}")
        if bins is None:
            bins = _tf("shape")(x)[-1]
        coefficients = dct(x, type=2)
        return coefficients * _tf("math.rsqrt")(_tf("cast")(bins, coefficients.dtype) * 2.0)


# ------------------------------------------------------------------------ DCT / MDCT
def _static_inner_dim(x):
    if isinstance(x, _ops.Tensor):
        return x.shape.as_list()[-1] if x.shape.ndims else None
    return np.shape(x)[-1] if np.ndim(x) else None


def _check_dct_arguments(x, dct_type, n, axis, norm):
    if axis != -1:
        raise NotImplementedError(f"dct: only axis=-1 is supported. Got: {axis}")
    if n is not None and n < 1:
        raise ValueError(f"dct: n must be a positive integer or None. Got: {n}")
    if dct_type not in (1, 2, 3, 4):
        raise ValueError(f"dct: only types I, II, III and IV are supported. Got: {dct_type}")
    if dct_type == 1:
        if norm == "ortho":
            raise ValueError("dct: norm='ortho' is not supported for the Type-I DCT.")
        inner = _static_inner_dim(x)
        if inner is not None and inner < 2:
            raise ValueError(f"dct: the Type-I DCT needs an inner dimension of at least 2. Got: {inner}")
    if norm not in (None, "ortho"):
        raise ValueError(f"dct: unknown normalization. Expected None or 'ortho', got: {norm}")


def _inner_dim(x):
    static = x.shape.as_list()[-1] if x.shape.ndims else None
    return static if static else _tf("shape")(x)[-1]


def _first_and_rest(first, rest, size):
    """A vector of `size`: [first, rest, rest, ...] (first and rest are scalar tensors)."""
    tail = _tf("fill")(_tf("reshape")(_ops.convert_to_tensor(size - 1, _dtypes.int32), [1]), rest)
    return _tf("concat")([_tf("reshape")(first, [1]), tail], 0)


def _dct2(x, size, norm):
    """Unnormalised DCT-II: 2 sum_n x_n cos(pi k (2n + 1) / 2N), via one rfft of length 2N."""
    cast, dtype = _tf("cast"), x.dtype
    size_f = cast(size, dtype)
    spectrum = _tf("signal.rfft")(x, fft_length=[2 * size])[..., :size]
    phase = -cast(_tf("range")(size), dtype) * (math.pi * 0.5) / size_f
    twiddle = 2.0 * _tf("exp")(_tf("complex")(_tf("zeros_like")(phase), phase))
    out = _tf("math.real")(spectrum * twiddle)
    if norm == "ortho":
        first = 0.5 * _tf("math.rsqrt")(size_f)
        out = out * _first_and_rest(first, first * math.sqrt(2.0), size)
    return out


def _dct3(x, size, norm):
    """Unnormalised DCT-III: x_0 + 2 sum_{n>0} x_n cos(pi n (2k + 1) / 2N), via one irfft."""
    cast, dtype = _tf("cast"), x.dtype
    size_f = cast(size, dtype)
    if norm == "ortho":
        first = _tf("sqrt")(size_f)
        x = x * _first_and_rest(first, first * math.sqrt(0.5), size)
    else:
        x = x * size_f
    phase = cast(_tf("range")(size), dtype) * (math.pi * 0.5) / size_f
    twiddle = 2.0 * _tf("exp")(_tf("complex")(_tf("zeros_like")(phase), phase))
    spectrum = twiddle * _tf("complex")(x, _tf("zeros_like")(x))
    return _tf("signal.irfft")(spectrum, fft_length=[2 * size])[..., :size]


@tf_export("signal.dct", "spectral.dct")
def dct(input, type=2, n=None, axis=-1, norm=None, name=None):
    """Discrete cosine transform (types I-IV, scipy.fftpack's scaling; norm='ortho' makes
    types II-IV orthonormal) over the innermost dimension, truncated or zero-padded to n."""
    _check_dct_arguments(input, type, n, axis, norm)
    with name_scope(name, "dct", [input]):
        x = _ops.convert_to_tensor(input)
        if x.shape.ndims == 0:
            raise IndexError(f"dct: the input must have at least one dimension, got a scalar {x}")
        _ops.convert_to_tensor(0.0, x.dtype)  # a non-float input is a TypeError, as in TF
        if n is not None:
            have = _inner_dim(x)
            if isinstance(have, int) and n <= have:
                x = x[..., :n]
            elif isinstance(have, int):
                x = _tf("pad")(x, [[0, 0]] * (x.shape.ndims - 1) + [[0, n - have]])
            else:
                x = x[..., :n]
                paddings = _tf("concat")(
                    [
                        _tf("zeros")(_tf("stack")([_tf("rank")(x) - 1, 2]), _dtypes.int32),
                        _tf("reshape")(_tf("stack")([0, _tf("maximum")(0, n - _tf("shape")(x)[-1])]), [1, 2]),
                    ],
                    0,
                )
                x = _tf("pad")(x, paddings)
        size = _inner_dim(x)
        if type == 1:
            mirrored = _tf("concat")([x, _tf("reverse")(x, [-1])[..., 1:-1]], -1)
            return _tf("math.real")(_tf("signal.rfft")(mirrored))
        if type == 2:
            return _dct2(x, size, norm)
        if type == 3:
            return _dct3(x, size, norm)
        # DCT-IV is the odd half of a DCT-II of twice the length over the zero-padded input.
        ndims = x.shape.ndims
        if ndims is not None and isinstance(size, int):
            padded = _tf("pad")(x, [[0, 0]] * (ndims - 1) + [[0, size]])
        else:
            padded = _tf("concat")([x, _tf("zeros_like")(x)], -1)
        out = _dct2(padded, 2 * size, None)[..., 1::2]
        if norm == "ortho":
            out = out * _tf("math.rsqrt")(_tf("cast")(2 * size, out.dtype))
        return out


@tf_export("signal.idct", "spectral.idct")
def idct(input, type=2, n=None, axis=-1, norm=None, name=None):
    """Inverse DCT: the DCT of the inverse type (I and IV are their own inverses, II and III
    each other's), so idct(dct(x)) == x with norm='ortho' and == 2N x (2(N - 1) x for type I)
    without."""
    _check_dct_arguments(input, type, n, axis, norm)
    return dct(input, type={1: 1, 2: 3, 3: 2, 4: 4}[type], n=n, axis=axis, norm=norm, name=name)


@tf_export("signal.mdct")
def mdct(signals, frame_length, window_fn=vorbis_window, pad_end=False, norm=None, name=None):
    """Modified DCT of frames of `frame_length` (a multiple of 4) with 50% overlap:
    [..., frames, frame_length // 2]."""
    with name_scope(name, "mdct", [signals, frame_length]):
        signals = _ops.convert_to_tensor(signals, name="signals")
        signals.shape.with_rank_at_least(1)
        frame_length = _scalar_int(frame_length, "frame_length")
        static = _static_int(frame_length)
        if static is not None and static % 4 != 0:
            raise ValueError(f"mdct: the frame length must be a multiple of 4. Got: {static}")
        framed = frame(signals, frame_length, frame_length // 2, pad_end=pad_end)
        if window_fn is not None:
            framed = framed * window_fn(frame_length, dtype=framed.dtype)
        else:
            framed = framed * (1.0 / np.sqrt(2))
        a, b, c, d = _tf("split")(framed, 4, axis=-1)
        reverse = _tf("reverse")
        folded = _tf("concat")([-reverse(c, [-1]) - d, a - reverse(b, [-1])], -1)
        return dct(folded, type=4, norm=norm)


@tf_export("signal.inverse_mdct")
def inverse_mdct(mdcts, window_fn=vorbis_window, norm=None, name=None):
    """Inverse of mdct: DCT-IV, unfolding to full frames, windowing and overlap-add."""
    with name_scope(name, "inverse_mdct", [mdcts]):
        mdcts = _ops.convert_to_tensor(mdcts, name="mdcts")
        mdcts.shape.with_rank_at_least(2)
        half = _dim(mdcts, -1)
        if norm is None:
            half_f = _tf("cast")(half, mdcts.dtype)
            coefficients = (0.5 / half_f) * dct(mdcts, type=4)
        elif norm == "ortho":
            coefficients = dct(mdcts, type=4, norm="ortho")
        else:
            raise ValueError(f"inverse_mdct: unknown normalization. Expected None or 'ortho', got: {norm}")
        first, second = _tf("split")(coefficients, 2, axis=-1)
        reverse = _tf("reverse")
        frames = _tf("concat")([second, -reverse(second, [-1]), -reverse(first, [-1]), -first], -1)
        if window_fn is not None:
            frames = frames * window_fn(2 * half, dtype=mdcts.dtype)
        else:
            frames = frames * (1.0 / np.sqrt(2))
        return overlap_and_add(frames, half)
