"""tf.signal.fftnd / ifftnd / rfftnd / irfftnd and the raw FFTND ops
(tensorweave/ops/spectral_nd_ops.py) against NumPy; TF 2.21 has no CPU kernel for these ops,
so graph-building behaviour is what area ops4 records from TF."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

RNG = np.random.default_rng(3)
X = RNG.standard_normal((2, 3, 4)).astype(np.float32)
C = (X + 1j * RNG.standard_normal((2, 3, 4))).astype(np.complex64)


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


@pytest.mark.parametrize("kw,np_kw", [({}, {}), ({"fft_length": [3, 4], "axes": [1, 2]},
                                           {"axes": [1, 2]}),
                                      ({"fft_length": [5, 6], "axes": [1, 2]},
                                       {"s": [5, 6], "axes": [1, 2]}),
                                      ({"fft_length": [2, 2], "axes": [1, 2]},
                                       {"s": [2, 2], "axes": [1, 2]})])
def test_fftnd_and_ifftnd_match_numpy(kw, np_kw):
    out = _run(tf.signal.fftnd(C, **kw))
    np.testing.assert_allclose(out, np.fft.fftn(C, **np_kw), rtol=1e-4, atol=1e-4)
    out = _run(tf.signal.ifftnd(C, **kw))
    np.testing.assert_allclose(out, np.fft.ifftn(C, **np_kw), rtol=1e-4, atol=1e-5)


def test_rfftnd_and_irfftnd_match_numpy():
    t = tf.signal.rfftnd(X, fft_length=[3, 4], axes=[1, 2])
    assert t.dtype == tf.complex64 and t.shape.as_list() == [2, 3, 3]
    np.testing.assert_allclose(_run(t), np.fft.rfftn(X, axes=[1, 2]), rtol=1e-4, atol=1e-4)
    back = tf.signal.irfftnd(t, fft_length=[3, 4], axes=[1, 2])
    assert back.dtype == tf.float32 and back.shape.as_list() == [2, 3, 4]
    np.testing.assert_allclose(_run(back), X, rtol=1e-4, atol=1e-5)
    t = tf.signal.rfftnd(tf.constant(X.astype(np.float64)), fft_length=[6], axes=[2])
    assert t.dtype == tf.complex128
    np.testing.assert_allclose(_run(t), np.fft.rfftn(X, s=[6], axes=[2]), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("norm", ["backward", "ortho", "forward"])
def test_norm_matches_numpy(norm):
    out = _run(tf.signal.fftnd(C, fft_length=[3, 4], axes=[1, 2], norm=norm))
    np.testing.assert_allclose(out, np.fft.fftn(C, axes=[1, 2], norm=norm), rtol=1e-4, atol=1e-5)
    out = _run(tf.signal.irfftnd(C, fft_length=[3, 6], axes=[1, 2], norm=norm))
    np.testing.assert_allclose(out, np.fft.irfftn(C, s=[3, 6], axes=[1, 2], norm=norm),
                               rtol=1e-4, atol=1e-5)


def test_wrapper_pads_the_innermost_dims_like_tf():
    # As TF's wrapper: the input is zero-padded on its innermost len(fft_length) dims (not on
    # `axes`) before the op transforms `axes`.
    out = _run(tf.signal.fftnd(C, fft_length=[4, 6], axes=[0, 2]))
    padded = np.pad(C, [(0, 0), (0, 1), (0, 2)])
    np.testing.assert_allclose(out, np.fft.fftn(padded, s=[4, 6], axes=[0, 2]), rtol=1e-4,
                               atol=1e-4)


def test_inferred_fft_length_covers_every_dim():
    with pytest.raises(tf.errors.InvalidArgumentError):  # 3 lengths for 2 axes
        _run(tf.signal.fftnd(C, axes=[1, 2]))


def test_raw_ops_and_errors():
    out = _run(tf.fftnd(C, [3, 4], [1, 2]))
    np.testing.assert_allclose(out, np.fft.fftn(C, axes=[1, 2]), rtol=1e-4, atol=1e-4)
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.fftnd(C, [3, 4], [1, 5]))
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.fftnd(C, [3, 4, 5], [1, 2]))
    with pytest.raises(ValueError):
        tf.signal.rfftnd(tf.constant(C))
    with pytest.raises(TypeError):  # OperatorNotAllowedInGraphError, as TF
        tf.signal.fftnd(C, axes=[2], norm="ortho")
    with pytest.raises(LookupError):
        c = tf.constant(C)
        tf.gradients(tf.reduce_sum(tf.abs(tf.signal.fftnd(c))), c)
    assert tf.spectral.dct is tf.signal.dct and tf.spectral.idct is tf.signal.idct
