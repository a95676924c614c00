"""tf.signal beyond the FFTs (ops/signal_ops.py): frame, overlap_and_add, windows, stft /
inverse_stft, mel matrices, MFCCs, DCT and MDCT, plus FFT edge cases (ops/spectral_ops.py).
References are NumPy / SciPy formulas; the few fixed numbers were recorded from TF 2.21."""

import numpy as np
import pytest
import scipy.fft
import scipy.signal

import tensorweave.compat.v1 as tf
from tensorweave.training.gradient_checker import check_gradient


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def _frames(x, length, step):
    count = max(0, 1 + (len(x) - length) // step)
    return (
        np.stack([x[i * step : i * step + length] for i in range(count)]) if count else np.zeros((0, length))
    )


def _overlap_add(frames, step):
    n, length = frames.shape[-2:]
    out = np.zeros(frames.shape[:-2] + ((n - 1) * step + length,), frames.dtype)
    for i in range(n):
        out[..., i * step : i * step + length] += frames[..., i, :]
    return out


# ---------------------------------------------------------------------------- frame
def test_frame_matches_sliding_windows_with_static_shapes():
    x = np.arange(11, dtype=np.float32)
    for length, step in [(4, 2), (3, 3), (5, 1), (2, 5), (12, 1)]:
        f = tf.signal.frame(x, length, step)
        expected = _frames(x, length, step)
        assert f.shape.as_list() == list(expected.shape)
        np.testing.assert_array_equal(_run(f), expected)
    assert tf.signal.frame(x, 4, 2).op.name.startswith("frame")


def test_frame_pad_end_pads_with_pad_value_to_ceil_frames():
    x = np.arange(1, 8, dtype=np.float32)
    f = tf.signal.frame(x, 3, 2, pad_end=True, pad_value=-1.0)
    assert f.shape.as_list() == [4, 3]
    np.testing.assert_array_equal(_run(f)[-1], [7.0, -1.0, -1.0])
    empty = tf.signal.frame(np.zeros(0, np.float32), 3, 2, pad_end=True)
    assert empty.shape.as_list() == [0, 3] and _run(empty).shape == (0, 3)


def test_frame_along_inner_axis_keeps_outer_and_inner_dims():
    x = np.arange(36, dtype=np.float32).reshape(2, 6, 3)
    f = tf.signal.frame(x, 2, 2, axis=1)
    assert f.shape.as_list() == [2, 3, 2, 3]
    got = _run(f)
    np.testing.assert_array_equal(got[1, 2], x[1, 4:6])
    g = tf.signal.frame(x, 2, 1, axis=0)
    assert g.shape.as_list() == [1, 2, 6, 3]


def test_frame_unknown_dims_and_fed_axis():
    p = tf.placeholder(tf.float32, [None, None])
    assert tf.signal.frame(p, 4, 2).shape.as_list() == [None, None, 4]
    assert tf.signal.frame(tf.placeholder(tf.float32), 4, 2).shape.ndims is None
    n = tf.placeholder(tf.int32, [])
    dyn = tf.signal.frame(p, n, 2, pad_end=True)
    assert dyn.shape.as_list() == [None, None, None]
    data = np.arange(18, dtype=np.float32).reshape(2, 9)
    got = _run(dyn, {p: data, n: 4})
    assert got.shape == (2, 5, 4) and got[0, -1].tolist() == [8.0, 0.0, 0.0, 0.0]
    axis = tf.placeholder(tf.int32, [])
    by_axis = tf.signal.frame(tf.ones([2, 5]), 2, 1, axis=axis)
    assert _run(by_axis, {axis: 0}).shape == (1, 2, 5)


def test_frame_bad_arguments():
    with pytest.raises(ValueError):
        tf.signal.frame(tf.constant(1.0), 2, 1)
    with pytest.raises(ValueError):
        tf.signal.frame(tf.zeros([5]), [2, 3], 1)
    with pytest.raises(TypeError):
        tf.signal.frame(tf.zeros([5]), 2.5, 1)
    step = tf.placeholder(tf.int32, [])
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.signal.frame(tf.zeros([5]), 2, step), {step: 0})


def test_frame_strings_pad_with_plain_bytes():
    f = tf.signal.frame(tf.constant(["a", "b", "c"]), 2, 2, pad_end=True, pad_value="z")
    got = _run(f)
    assert got.tolist() == [[b"a", b"b"], [b"c", b"z"]]
    assert all(type(v) is bytes for v in got.ravel())


def test_frame_gradient_is_dense_and_accumulates_overlaps():
    x = tf.constant(np.arange(1, 8, dtype=np.float32))
    g = tf.gradients(tf.reduce_sum(tf.signal.frame(x, 2, 3)), x)[0]
    assert isinstance(g, tf.Tensor)
    np.testing.assert_array_equal(_run(g), [1, 1, 0, 1, 1, 0, 0])
    check_gradient(lambda t: tf.signal.frame(t, 3, 2, pad_end=True), [np.linspace(-1, 1, 7)])
    check_gradient(lambda t: tf.signal.frame(t, 2, 1, axis=0), [np.arange(6.0).reshape(3, 2)])


# ------------------------------------------------------------------ overlap_and_add
@pytest.mark.parametrize("step", [1, 2, 3, 4, 6])
def test_overlap_and_add_matches_reference(step):
    frames = np.arange(1, 25, dtype=np.float64).reshape(2, 3, 4)
    out = tf.signal.overlap_and_add(frames, step)
    expected = _overlap_add(frames, step)
    assert out.shape.as_list() == list(expected.shape)
    np.testing.assert_allclose(_run(out), expected)


def test_overlap_and_add_unknown_shapes_and_zero_frames():
    p = tf.placeholder(tf.float32, [None, None, 4])
    out = tf.signal.overlap_and_add(p, 2)
    assert out.shape.as_list() == [None, None]
    np.testing.assert_allclose(_run(out, {p: np.ones((1, 3, 4))}), [[1, 1, 2, 2, 2, 2, 1, 1]])
    q = tf.placeholder(tf.float32)
    assert tf.signal.overlap_and_add(q, 2).shape.ndims is None
    np.testing.assert_allclose(_run(tf.signal.overlap_and_add(q, 1), {q: np.ones((3, 2))}), [1, 2, 2, 1])
    zero = tf.signal.overlap_and_add(tf.zeros([0, 4]), 2)
    assert zero.shape.as_list() == [2] and _run(zero).tolist() == [0.0, 0.0]
    ints = tf.signal.overlap_and_add(tf.constant([[1, 2], [3, 4], [5, 6]]), 1)
    assert ints.dtype == tf.int32 and _run(ints).tolist() == [1, 5, 9, 6]


def test_overlap_and_add_bad_arguments_and_gradient():
    with pytest.raises(ValueError):
        tf.signal.overlap_and_add(tf.zeros([4]), 2)
    with pytest.raises(ValueError):
        tf.signal.overlap_and_add(tf.zeros([2, 4]), 2.0)
    with pytest.raises(ValueError):
        tf.signal.overlap_and_add(tf.zeros([2, 4]), [2])
    assert tf.signal.overlap_and_add(tf.ones([2, 3]), tf.constant(2, tf.int64)).shape.as_list() == [5]
    check_gradient(lambda t: tf.signal.overlap_and_add(t, 2), [np.linspace(-1, 1, 12).reshape(3, 4)])


# -------------------------------------------------------------------------- windows
@pytest.mark.parametrize("n", [2, 5, 8])
def test_raised_cosine_windows_match_scipy(n):
    # NOTE: as in TF, `periodic` only changes even lengths; odd ones are always symmetric.
    for periodic in (True, False):
        fftbins = periodic and n % 2 == 0
        np.testing.assert_allclose(
            _run(tf.signal.hann_window(n, periodic=periodic)),
            scipy.signal.get_window("hann", n, fftbins),
            atol=1e-6,
        )
        np.testing.assert_allclose(
            _run(tf.signal.hamming_window(n, periodic=periodic, dtype=tf.float64)),
            scipy.signal.get_window("hamming", n, fftbins),
            atol=1e-12,
        )


def test_window_lengths_zero_one_and_fed():
    assert _run(tf.signal.hann_window(0)).shape == (0,)
    assert _run(tf.signal.hamming_window(1)).tolist() == [1.0]
    n = tf.placeholder(tf.int32, [])
    periodic = tf.placeholder(tf.bool, [])
    w = tf.signal.hamming_window(n, periodic=periodic)
    assert w.shape.as_list() == [None]
    assert _run(w, {n: 1, periodic: False}).tolist() == [1.0]
    np.testing.assert_allclose(_run(w, {n: 4, periodic: False}), np.hamming(4), atol=1e-6)
    with pytest.raises(ValueError):
        tf.signal.hann_window(4, dtype=tf.int32)
    with pytest.raises(ValueError):
        tf.signal.vorbis_window([4])


def test_kaiser_window_matches_numpy_and_has_beta_gradient():
    for n, beta in [(5, 12.0), (6, 0.0), (7, 5.0), (2, 3.0)]:
        np.testing.assert_allclose(
            _run(tf.signal.kaiser_window(n, beta, dtype=tf.float64)), np.kaiser(n, beta), rtol=1e-10
        )
    assert _run(tf.signal.kaiser_window(1)).tolist() == [1.0]
    with pytest.raises(ValueError):
        tf.signal.kaiser_window(0)
    n = tf.placeholder(tf.int32, [])
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.signal.kaiser_window(n), {n: 0})
    check_gradient(lambda b: tf.signal.kaiser_window(5, beta=b, dtype=tf.float64), [np.array(3.0)])


def test_kbd_and_vorbis_windows_are_power_complementary():
    for n in (2, 8, 7):
        w = _run(tf.signal.kaiser_bessel_derived_window(n, beta=4.0, dtype=tf.float64))
        assert w.shape == (2 * (n // 2),)
        half = len(w) // 2
        np.testing.assert_allclose(w[:half] ** 2 + w[half:] ** 2, 1.0)
        np.testing.assert_allclose(w, scipy.signal.windows.kaiser_bessel_derived(len(w), 4.0), atol=1e-12)
    k = np.arange(6)
    np.testing.assert_allclose(
        _run(tf.signal.vorbis_window(6, dtype=tf.float64)),
        np.sin(np.pi / 2 * np.sin(np.pi * (k + 0.5) / 6) ** 2),
    )
    assert tf.signal.kaiser_bessel_derived_window(tf.placeholder(tf.int32, [])).shape.as_list() == [None]


# ----------------------------------------------------------------------------- STFT
def test_stft_matches_framewise_rfft():
    x = np.sin(np.arange(40) * 0.3).astype(np.float64)
    s = tf.signal.stft(x, 6, 3)
    assert s.dtype == tf.complex128 and s.shape.as_list() == [12, 5]  # fft_length 8
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(6) / 6)
    expected = np.fft.rfft(_frames(x, 6, 3) * window, 8)
    np.testing.assert_allclose(_run(s), expected, atol=1e-12)
    p = tf.placeholder(tf.float32, [None, None])
    assert tf.signal.stft(p, 8, 4, pad_end=True).shape.as_list() == [None, None, 5]
    with pytest.raises(ValueError):
        tf.signal.stft(tf.constant([1, 2, 3, 4, 5]), 4, 2)


def test_inverse_stft_with_inverse_window_reconstructs():
    x = np.sin(np.arange(64) * 0.37).astype(np.float32)
    s = tf.signal.stft(x, 16, 4)
    y = tf.signal.inverse_stft(s, 16, 4, window_fn=tf.signal.inverse_stft_window_fn(4))
    assert y.shape.as_list() == [64]
    np.testing.assert_allclose(_run(y)[16:-16], x[16:-16], atol=1e-5)
    # fft_length shorter than frame_length: frames are zero-padded to frame_length.
    spec = np.ones((1, 3, 5), np.complex64)
    short = tf.signal.inverse_stft(spec, 12, 4, fft_length=8, window_fn=None)
    assert short.shape.as_list() == [1, 20]
    frames = np.pad(np.fft.irfft(spec[0], 8), [(0, 0), (0, 4)])
    np.testing.assert_allclose(_run(short)[0], _overlap_add(frames, 4), atol=1e-6)
    n = tf.placeholder(tf.int32, [])
    # As in TF: the dynamic crop / pad to a fed frame_length loses the static batch size.
    assert tf.signal.inverse_stft(spec, n, 4, fft_length=8).shape.as_list() == [None, None]


def test_stft_gradient():
    check_gradient(lambda t: tf.math.abs(tf.signal.stft(t, 8, 4)), [np.cos(np.arange(20) * 0.5)], atol=1e-5)


# --------------------------------------------------------------------- mel and MFCC
def test_linear_to_mel_weight_matrix_values_and_validation():
    m = tf.signal.linear_to_mel_weight_matrix(4, 9, 16000, 100.0, 7000.0)
    assert m.name == "linear_to_mel_weight_matrix:0" and m.shape.as_list() == [9, 4]
    got = _run(m)
    # Recorded from TF 2.21.
    np.testing.assert_allclose(got[1], [0.3356, 0.6644, 0.0, 0.0], atol=1e-4)
    np.testing.assert_allclose(got[4], [0.0, 0.0, 0.0901, 0.9099], atol=1e-4)
    assert got[0].tolist() == [0.0] * 4
    fed = tf.placeholder(tf.int32, [])
    assert tf.signal.linear_to_mel_weight_matrix(3, fed, 8000).shape.as_list() == [None, 3]
    assert tf.signal.linear_to_mel_weight_matrix(2, tf.constant(5), 8000).shape.as_list() == [5, 2]
    for kw in [
        {"num_mel_bins": 0},
        {"lower_edge_hertz": -1.0},
        {"upper_edge_hertz": 4500.0},
        {"lower_edge_hertz": 3000.0, "upper_edge_hertz": 3000.0},
        {"sample_rate": tf.constant(6000.0)},
        {"dtype": tf.int32},
    ]:
        with pytest.raises(ValueError):
            tf.signal.linear_to_mel_weight_matrix(**kw)


def test_mfccs_are_scaled_dct2():
    x = np.log(np.arange(1, 13, dtype=np.float64).reshape(3, 4) + 1.0)
    got = _run(tf.signal.mfccs_from_log_mel_spectrograms(x))
    np.testing.assert_allclose(got, scipy.fft.dct(x, type=2) / np.sqrt(2 * 4))
    p = tf.placeholder(tf.float32, [None, None])
    np.testing.assert_allclose(
        _run(tf.signal.mfccs_from_log_mel_spectrograms(p), {p: x}), scipy.fft.dct(x) / np.sqrt(8), rtol=1e-5
    )
    with pytest.raises(ValueError):
        tf.signal.mfccs_from_log_mel_spectrograms(tf.zeros([2, 0]))


# ------------------------------------------------------------------------ DCT / MDCT
@pytest.mark.parametrize("kind", [1, 2, 3, 4])
def test_dct_and_idct_match_scipy(kind):
    x = np.array([[1.0, 2.0, -1.0, 3.0, 0.5], [0.0, 1.0, 0.0, -1.0, 2.0]])
    np.testing.assert_allclose(_run(tf.signal.dct(x, type=kind)), scipy.fft.dct(x, type=kind), atol=1e-12)
    np.testing.assert_allclose(
        _run(tf.signal.idct(x, type=kind)),
        scipy.fft.idct(x, type=kind) * (2 * (5 - 1) if kind == 1 else 2 * 5),
        atol=1e-12,
    )
    if kind != 1:
        np.testing.assert_allclose(
            _run(tf.signal.dct(x, type=kind, norm="ortho")),
            scipy.fft.dct(x, type=kind, norm="ortho"),
            atol=1e-12,
        )
        p = tf.placeholder(tf.float32, [None, None])
        np.testing.assert_allclose(
            _run(tf.signal.dct(p, type=kind), {p: x}), scipy.fft.dct(x, type=kind), rtol=1e-4, atol=1e-4
        )
    check_gradient(lambda t: tf.signal.dct(t, type=kind), [x[0]])


def test_dct_n_truncates_or_pads_and_names():
    x = np.array([3.0, -1.0, 2.0, 0.5, 1.0, -2.0])
    np.testing.assert_allclose(_run(tf.signal.dct(x, n=4)), scipy.fft.dct(x[:4]))
    np.testing.assert_allclose(_run(tf.signal.dct(x, n=9, norm="ortho")), scipy.fft.dct(x, n=9, norm="ortho"))
    p = tf.placeholder_with_default(np.array([[1.0, 2.0]], np.float32), [None, None])
    d = tf.signal.dct(p, n=3)
    assert d.shape.as_list() == [None, None]
    np.testing.assert_allclose(_run(d), [[6.0, 1.7320508, -3.0]], rtol=1e-6)
    assert tf.signal.idct(x).name.startswith("dct_")  # idct builds under dct's default name


def test_dct_bad_arguments():
    x = tf.zeros([2, 4])
    with pytest.raises(NotImplementedError):
        tf.signal.dct(x, axis=0)
    for kw in [{"type": 5}, {"type": 1, "norm": "ortho"}, {"norm": "forward"}, {"n": 0}]:
        with pytest.raises(ValueError):
            tf.signal.dct(x, **kw)
    with pytest.raises(ValueError):
        tf.signal.dct(tf.zeros([3, 1]), type=1)
    with pytest.raises(TypeError):
        tf.signal.dct(tf.constant([1, 2, 3]))
    with pytest.raises(ValueError):
        tf.signal.dct(tf.ones([4], tf.float16))
    with pytest.raises(IndexError):
        tf.signal.dct(tf.constant(1.0))


def test_mdct_round_trip_and_errors():
    x = np.sin(np.arange(32) * 0.45) + 0.3
    for norm in (None, "ortho"):
        m = tf.signal.mdct(x, 8, norm=norm)
        assert m.shape.as_list() == [7, 4]
        y = _run(tf.signal.inverse_mdct(m, norm=norm))
        np.testing.assert_allclose(y[4:-4], x[4:-4], atol=1e-10)
    y = _run(tf.signal.inverse_mdct(tf.signal.mdct(x, 8, window_fn=None), window_fn=None))
    np.testing.assert_allclose(y[4:-4], x[4:-4], atol=1e-10)
    with pytest.raises(ValueError):
        tf.signal.mdct(tf.zeros([16]), 6)
    with pytest.raises(ValueError):
        tf.signal.inverse_mdct(tf.zeros([4]))
    assert tf.signal.mdct(tf.placeholder(tf.float32, [None, None]), 8).shape.as_list() == [None, None, 4]


# ------------------------------------------------------------------ FFT edge cases
def test_fft_of_empty_input_is_empty():
    assert _run(tf.signal.fft(tf.zeros([0], tf.complex64))).shape == (0,)
    assert _run(tf.signal.ifft2d(tf.zeros([3, 0], tf.complex128))).shape == (3, 0)


def test_zero_point_rfft_has_no_bins():
    r = tf.signal.rfft(tf.zeros([2, 0]))
    assert r.shape.as_list() == [2, 0] and _run(r).shape == (2, 0)
    i = tf.signal.irfft(tf.zeros([2, 0], tf.complex64))
    assert i.shape.as_list() == [2, 0] and _run(i).shape == (2, 0)


def test_rfft_fft_length_size_and_sign_checks():
    with pytest.raises(ValueError):
        tf.signal.rfft2d(tf.ones([3, 6]), [4])
    with pytest.raises(ValueError):
        tf.signal.irfft2d(tf.ones([3, 4], tf.complex64), [2, 2, 2])
    neg = tf.signal.rfft(tf.ones([6]), [-2])
    assert neg.shape.as_list() == [0]
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(neg)
