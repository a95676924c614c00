"""tf.quantization (tensorweave/ops/quantization_ops.py) against values recorded from TF 2.21
and NumPy references: fake quantization and its gradients, quantize / dequantize in every
mode, quantize_and_dequantize, quantized_concat, and TF's error classes."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

# The input the recorded TF values were computed from (tests compare its first rows).
X = (np.random.default_rng(0).standard_normal((7, 5)) * 3).astype(np.float32)
X[0] = [0.0, -0.1, 2.5, 1e-3, -6.0]


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def _ints(v):
    v = np.asarray(v)
    return (v.view(v.dtype[0]) if v.dtype.names else v).astype(np.int64)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def _nudged_reference(x, lo, hi, bits, narrow):
    """Fake quantization written out with float64 NumPy (well away from rounding ties)."""
    qmin, qmax = (1 if narrow else 0), 2 ** bits - 1
    scale = (hi - lo) / (qmax - qmin)
    zero = np.clip(np.round(qmin - lo / scale), qmin, qmax)
    nlo, nhi = (qmin - zero) * scale, (qmax - zero) * scale
    return np.round((np.clip(x, nlo, nhi) - nlo) / scale) * scale + nlo


def test_fake_quant_vars_matches_tf():
    out = _run(tf.quantization.fake_quant_with_min_max_vars(X, -1.3, 2.7, 8, True))
    np.testing.assert_allclose(out[:2], [[0.0, -0.09448819, 2.503937, 0.0, -1.3070866],
                                         [1.0866141, 2.6929133, 2.6929133, -1.3070866, -1.3070866]],
                               rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("lo,hi,bits,narrow", [(-6.0, 6.0, 8, False), (0.2, 3.1, 4, False),
                                               (-5.0, -0.5, 3, False), (-0.37, 0.91, 16, True)])
def test_fake_quant_args_matches_numpy(lo, hi, bits, narrow):
    x = np.linspace(-7, 7, 57).astype(np.float32) + np.float32(0.0123)
    out = _run(tf.quantization.fake_quant_with_min_max_args(x, lo, hi, bits, narrow))
    np.testing.assert_allclose(out, _nudged_reference(x.astype(np.float64), lo, hi, bits, narrow),
                               rtol=1e-5, atol=1e-5)


def test_fake_quant_vars_gradient_flows_to_input_min_and_max():
    x = tf.constant([[-3.0, -0.7, 0.0, 0.26], [0.9, 1.4, 2.0, 4.5]])
    lo, hi = tf.constant(-1.0), tf.constant(2.0)
    y = tf.quantization.fake_quant_with_min_max_vars(x, lo, hi, num_bits=5)
    w = tf.constant([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
    gx, glo, ghi = _run(tf.gradients(tf.reduce_sum(y * w), [x, lo, hi]))
    np.testing.assert_array_equal(gx, [[0, 2, 3, 4], [5, 6, 7, 0]])
    assert glo == 1.0 and ghi == 8.0


def test_fake_quant_per_channel_gradient_sums_per_channel():
    x = np.linspace(-3, 3, 12, dtype=np.float32).reshape(2, 2, 3)
    g = tf.quantization.fake_quant_with_min_max_vars_per_channel_gradient(
        np.ones_like(x), x, [-1.0, -2.5, 0.0], [1.0, 0.5, 2.0])
    gx, glo, ghi = _run(g)
    assert g[1].shape.as_list() == [3]
    np.testing.assert_array_equal(glo, [2, 0, 2])  # channel 1's nudged min is -2.5059
    np.testing.assert_array_equal(ghi, [1, 2, 1])
    assert gx.sum() == 12 - 8


def test_fake_quant_special_ranges_match_tf():
    np.testing.assert_array_equal(_run(tf.quantization.fake_quant_with_min_max_vars(X, 0.0, 0.0)),
                                  np.zeros_like(X))
    # min > max: TF clamps everything onto its nudged min.
    out = _run(tf.quantization.fake_quant_with_min_max_vars(X, 3.0, -1.0))
    np.testing.assert_allclose(out, np.full_like(X, 2.9960785), rtol=1e-6)


def test_fake_quant_errors():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.fake_quant_with_min_max_args(X, 1.0, 1.0))
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.fake_quant_with_min_max_args(X, num_bits=17))
    with pytest.raises(ValueError):
        tf.quantization.fake_quant_with_min_max_vars(X, [0.0, 1.0], 2.0)
    with pytest.raises(TypeError):
        tf.quantization.fake_quant_with_min_max_args(tf.constant([1, 2]))


@pytest.mark.parametrize("mode,T,expected", [
    ("MIN_FIRST", tf.quint8, [[0, 0, 213, 0, 0]]),
    ("SCALED", tf.qint8, None),
])
def test_quantize_matches_tf(mode, T, expected):
    lo, hi = (0.0, 3.0) if mode == "MIN_FIRST" else (-7.5, 1.0)
    q = tf.quantization.quantize(X, lo, hi, T, mode=mode, narrow_range=True)
    out = _ints(_run(q.output))[:1]
    if expected is None:
        expected = [[0, -2, 42, 0, -102]]
    np.testing.assert_array_equal(out, expected)


def test_dequantize_min_combined_qint8_matches_tf():
    q = tf.quantization.quantize(X, -2.0, 5.0, tf.qint8)
    d = _run(tf.quantization.dequantize(q.output, q.output_min, q.output_max))
    np.testing.assert_allclose(d[0], [3.92150879e-03, -1.05882287e-01, 2.50196075e+00,
                                      3.92150879e-03, -2.0], rtol=1e-6)


def test_quantize_round_trip_is_within_half_a_step():
    x = np.linspace(-2, 5, 50).astype(np.float32)
    for T, mode in ((tf.quint8, "MIN_COMBINED"), (tf.qint16, "MIN_FIRST"), (tf.qint8, "SCALED")):
        q = tf.quantization.quantize(x, -2.0, 5.0, T, mode=mode)
        d, lo, hi = _run([tf.quantization.dequantize(q.output, q.output_min, q.output_max,
                                                     mode=mode), q.output_min, q.output_max])
        info = np.iinfo(T.as_numpy_dtype[0])
        step = (hi - lo) / (info.max - info.min)
        assert np.max(np.abs(d - np.clip(x, lo, hi))) <= step * 0.51 + 1e-6, (T, mode)


def test_quantize_errors():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.quantize(X, 2.0, 1.0, tf.quint8).output)
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.quantize(X, -1.0, 1.0, tf.quint8, round_mode="HALF_TO_EVEN").output)
    with pytest.raises(TypeError):
        tf.quantization.quantize(X, -1.0, 1.0, tf.float32)


def test_quantize_and_dequantize_unsigned_keeps_negative_levels_like_tf():
    out = _run(tf.quantization.quantize_and_dequantize(X, -2.3, 3.1, signed_input=False,
                                                       num_bits=3))
    np.testing.assert_allclose(out[0], [0.0, 0.0, 2.3425088, 0.0, -5.8562717], rtol=1e-6)


def test_quantize_and_dequantize_gradients():
    x = tf.constant(X)
    a = tf.quantization.quantize_and_dequantize(x, -2.0, 2.0, range_given=True)
    b = tf.quantization.quantize_and_dequantize_v2(x, -2.0, 2.0, range_given=True)
    assert (a.op.type, b.op.type) == ("QuantizeAndDequantizeV2", "QuantizeAndDequantizeV4")
    ga, gb = _run(tf.gradients(tf.reduce_sum(a), x) + tf.gradients(tf.reduce_sum(b), x))
    np.testing.assert_array_equal(ga, np.ones_like(X))
    np.testing.assert_array_equal(gb, ((X >= -2.0) & (X <= 2.0)).astype(np.float32))


def test_quantize_and_dequantize_range_errors():
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.quantize_and_dequantize(X, 2.0, -2.0, range_given=True))
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.quantization.quantize_and_dequantize_v2(X, [-1.0] * 5, [1.0] * 5, range_given=True,
                                                        axis=1))


def test_quantized_concat_requantizes_to_the_combined_range():
    a = tf.quantization.quantize(tf.constant([[0.5, 1.0], [2.0, 3.0]]), 0.0, 3.0, tf.quint8)
    b = tf.quantization.quantize(tf.constant([[-1.0, 4.0]]), -1.0, 4.0, tf.quint8)
    c = tf.quantization.quantized_concat(0, [a.output, b.output], [a.output_min, b.output_min],
                                         [a.output_max, b.output_max])
    assert c.output.shape.as_list() == [3, 2]
    out, lo, hi = _run(c)
    np.testing.assert_array_equal(_ints(out), [[77, 102], [153, 204], [0, 255]])
    assert (lo, hi) == (-1.0, 4.0)


def test_quantized_concat_signed_range_is_symmetric_and_qint8_has_no_kernel():
    parts = [tf.quantization.quantize(tf.constant([[v]]), lo, hi, tf.qint32, mode="MIN_FIRST")
             for v, lo, hi in ((0.5, 0.0, 1.0), (-2.0, -2.0, 3.0))]
    c = tf.quantization.quantized_concat(1, [p.output for p in parts],
                                         [p.output_min for p in parts],
                                         [p.output_max for p in parts])
    _, lo, hi = _run(c)
    assert (lo, hi) == (-3.0, 3.0)  # recorded from TF 2.21
    q = tf.quantization.quantize(tf.constant([1.0]), 0.0, 2.0, tf.qint8)
    bad = tf.quantization.quantized_concat(0, [q.output] * 2, [q.output_min] * 2,
                                           [q.output_max] * 2)
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(bad.output)
