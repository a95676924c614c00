"""Kernel cases for tensorweave/ops/quantization_ops.py, audio_ops.py,
stateless_random_extra_ops.py and spectral_nd_ops.py (references: NumPy, or values recorded
from TF 2.21 for the seeded samplers)."""

import struct

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

QUINT8 = np.dtype([("quint8", "u1")])
QINT8 = np.dtype([("qint8", "i1")])


def _q(values, dtype):
    return np.asarray(values, dtype[0]).view(dtype)


def _nudged(lo, hi, bits, narrow):
    """Reference nudging: the float32 range moved so that 0 falls on a level."""
    qmin, qmax = (1.0 if narrow else 0.0), float(2 ** bits - 1)
    scale = np.float32((np.float32(hi) - np.float32(lo)) / np.float32(qmax - qmin))
    zero = np.float32(qmin) - np.float32(lo) / scale
    zero = min(max(zero, qmin), qmax)
    zero = np.floor(zero + 0.5)
    return (np.float32((qmin - zero) * scale), np.float32((qmax - zero) * scale), scale)


def _fake_quant_ref(lo, hi, bits=8, narrow=False):
    def ref(x, *_):
        nlo, nhi, scale = _nudged(lo, hi, bits, narrow)
        c = np.clip(x, nlo, nhi)
        return (np.floor((c - nlo) / scale + np.float32(0.5)) * scale + nlo).astype(F32)
    return ref


def _fq_grad_ref(lo, hi, reduce_axes=None):
    def ref(g, x, *_):
        nlo, nhi, _ = _nudged(lo, hi, 8, False)
        inside = (x >= nlo) & (x <= nhi)
        return [np.where(inside, g, 0).astype(F32),
                np.sum(np.where(x < nlo, g, 0), axis=reduce_axes).astype(F32),
                np.sum(np.where(x > nhi, g, 0), axis=reduce_axes).astype(F32)]
    return ref


_X = np.array([[-7.0, -1.26, -0.1, 0.0, 0.013], [0.5, 2.5, 2.99, 5.99, 9.0]], F32)


def _pc_ref(x, lo, hi):
    out = np.empty_like(x)
    for c in range(x.shape[-1]):
        out[..., c] = _fake_quant_ref(lo[c], hi[c])(x[..., c])
    return out


def _pc_grad_ref(g, x, lo, hi):
    outs = [np.empty_like(x), np.empty(x.shape[-1], F32), np.empty(x.shape[-1], F32)]
    for c in range(x.shape[-1]):
        a, b, d = _fq_grad_ref(lo[c], hi[c])(g[..., c], x[..., c])
        outs[0][..., c], outs[1][c], outs[2][c] = a, b, d
    return outs


def _quantize_ref(x, lo, hi):
    """MIN_COMBINED into quint8 over [0, max(hi, lo + 0.01 * max(1, |lo|, |hi|))]."""
    lo = min(0.0, float(lo))
    span = np.float32(float(hi) - lo)
    q = np.floor((np.clip(x, lo, float(hi)) - lo) * (np.float32(255) / span) + 0.5)
    return [_q(q, QUINT8), np.float32(lo), np.float32(hi)]


def _qdq_ref(x, lo, hi, *_):
    """8-bit signed, range given: the scale of the side reaching its limit first."""
    lo, hi = float(lo), float(hi)
    scale = min(-128 / lo if lo < 0 else np.inf, 127 / hi if hi > 0 else np.inf)
    lo, hi = -128 / scale, 127 / scale
    return (np.rint(np.clip(x, lo, hi) * scale) / scale).astype(x.dtype)


def _wav(samples, rate=8000):
    pcm = np.asarray(samples, "<i2")
    data = pcm.tobytes()
    channels = pcm.shape[1]
    return struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1,
                       channels, rate, rate * channels * 2, channels * 2, 16, b"data",
                       len(data)) + data


def _same_bytes(actual, expected):
    actual = actual.item() if isinstance(actual, np.ndarray) else actual
    assert actual == expected, (actual, expected)


_PCM = np.array([[0, 16384], [-16384, 32767], [-32768, 100]], np.int16)


def _recorded(values, dtype):
    return lambda *_: np.array(values, dtype)


def _check_samples(lo=None, hi=None, integer=False):
    def check(outputs, inputs):
        (v,) = outputs
        assert np.all(np.isfinite(v))
        if lo is not None:
            assert np.all(v >= lo)
        if hi is not None:
            assert np.all(v <= hi)
        if integer:
            assert np.all(np.asarray(v) == np.round(v))
    return check


def _windows_ref(x, rows, cols, reduce, overlapping=False):
    """Pooling over the given window boundaries (a NumPy loop)."""
    extra = 1 if overlapping else 0
    out = np.empty((x.shape[0], len(rows) - 1, len(cols) - 1, x.shape[3]), x.dtype)
    for i in range(len(rows) - 1):
        for j in range(len(cols) - 1):
            win = x[:, rows[i]:min(rows[i + 1] + extra, x.shape[1]),
                    cols[j]:min(cols[j + 1] + extra, x.shape[2]), :]
            out[:, i, j, :] = reduce(win, axis=(1, 2))
    return out


# Sequences recorded from TF 2.21 for a [1, 10, 11, c] input, ratio [1, 1.5, 1.5, 1],
# deterministic=True, seed=7, seed2=3.
_ROWS = [0, 2, 3, 5, 7, 9, 10]
_COLS = [0, 2, 3, 4, 5, 7, 9, 11]
_COLS_PSEUDO = [0, 2, 4, 6, 7, 9, 10, 11]
_ROWS_PSEUDO = [0, 1, 3, 5, 6, 8, 10]
_FRAC = {"pooling_ratio": [1.0, 1.5, 1.5, 1.0], "deterministic": True, "seed": 7, "seed2": 3}
_IMG = (np.arange(10 * 11 * 2).reshape(1, 10, 11, 2) * 37 % 23).astype(F32)


_C = (arr((2, 3, 4)) + 1j * arr((2, 3, 4))).astype(np.complex64)
_R = arr((2, 3, 4))
_SEED = np.array([1, 2], I64)

def _topk_ref(k, axis, largest):
    def ref(x):
        order = np.argsort(-x if largest else x, axis=axis, kind="stable")
        order = np.take(order, np.arange(k), axis=axis)
        return [np.take_along_axis(x, order, axis=axis), order.astype(I32)]
    return ref


def _dense_count_ref(values, weights):
    """Per-row counts of a rank-2 input as (indices, values, dense_shape)."""
    size = int(values.max()) + 1
    idx, vals = [], []
    for r in range(values.shape[0]):
        for v in range(size):
            hit = values[r] == v
            if hit.any():
                idx.append([r, v])
                vals.append(weights[r][hit].sum() if weights.size else hit.sum())
    dtype = weights.dtype if weights.size else values.dtype
    return [np.array(idx, I64), np.array(vals, dtype), np.array([values.shape[0], size], I64)]


def _obj_array(values):
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


CASES = {
    "DecodeJSONExample": [
        # Recorded from TF 2.21: map entries in the JSON's order, numbers unpacked.
        Case([_obj_array([b'{"features": {"feature": {"k": {"int64List": {"value": [7]}}}}}',
                          b"{}"])],
             lambda j: _obj_array([bytes.fromhex("0a0b0a090a016b12041a020807"), b""])),
    ],
    "StringNGrams": [
        Case([_obj_array([b"a", b"b", b"c", b"e"]), np.array([0, 3, 4, 4], I64)],
             # an empty row still gives its all-padding ngram, as in TF
             lambda d, s: [_obj_array([b"#|a", b"a|b", b"b|c", b"c|#", b"#|e", b"e|#", b"#|#"]),
                           np.array([0, 4, 6, 7], I64)],
             {"separator": "|", "ngram_widths": [2], "left_pad": "#", "right_pad": "#",
              "pad_width": -1, "preserve_short_sequences": False}),
    ],
    "ApproxTopK": [
        Case([np.array([[1.0, 5.0, 3.0, 5.0], [4.0, 0.0, 6.0, -1.0]], F32)],
             _topk_ref(2, -1, True), {"k": 2}),
        Case([np.array([[1.0, 5.0, 3.0, 5.0], [4.0, 0.0, 6.0, -1.0]], F32)],
             _topk_ref(1, 0, False), {"k": 1, "reduction_dimension": 0, "is_max_k": False},
             name="min_axis0"),
    ],
    "DenseCountSparseOutput": [
        Case([np.array([[1, 2, 2, 9], [0, 5, 1, 1]], I64), np.zeros([0], I64)],
             _dense_count_ref, {"binary_output": False}),
        Case([np.array([[1, 2, 2, 9], [0, 5, 1, 1]], I32),
              np.array([[1.0, 2.0, 3.0, 4.0], [4.0, 5.0, 6.0, 7.0]], F32)],
             _dense_count_ref, {"binary_output": False}, name="weighted"),
    ],
    "SparseCountSparseOutput": [
        Case([np.array([[0, 0], [0, 2], [1, 1], [1, 3], [3, 0]], I64),
              np.array([3, 1, 3, 7, 2], I64), np.array([4, 4], I64), np.zeros([0], I64)],
             lambda i, v, s, w: [np.array([[0, 1], [0, 3], [1, 3], [1, 7], [3, 2]], I64),
                                 np.array([1, 1, 1, 1, 1], I64), np.array([4, 8], I64)],
             {"binary_output": False}),
    ],
    "FractionalMaxPool": [
        Case([_IMG], lambda x: [_windows_ref(x, _ROWS, _COLS, np.max), np.array(_ROWS, I64),
                                np.array(_COLS, I64)], _FRAC),
        Case([_IMG.astype(F64)],
             lambda x: [_windows_ref(x, _ROWS_PSEUDO, _COLS_PSEUDO, np.max, True),
                        np.array(_ROWS_PSEUDO, I64), np.array(_COLS_PSEUDO, I64)],
             dict(_FRAC, pseudo_random=True, overlapping=True), name="pseudo_overlapping"),
    ],
    "FractionalAvgPool": [
        Case([_IMG], lambda x: [_windows_ref(x, _ROWS, _COLS, np.mean), np.array(_ROWS, I64),
                                np.array(_COLS, I64)], _FRAC, rtol=1e-5),
    ],
    "FractionalMaxPoolGrad": [
        Case([np.array([[[[1.0], [5.0]], [[3.0], [2.0]]]], F32),
              np.array([[[[5.0]]]], F32), np.array([[[[2.0]]]], F32),
              np.array([0, 2], I64), np.array([0, 2], I64)],
             lambda *a: np.array([[[[0.0], [2.0]], [[0.0], [0.0]]]], F32)),
    ],
    "FractionalAvgPoolGrad": [
        Case([np.array([1, 3, 2, 1], I64), np.array([[[[6.0]], [[3.0]]]], F32),
              np.array([0, 2, 3], I64), np.array([0, 2], I64)],
             lambda *a: np.array([[[[1.5], [1.5]], [[1.5], [1.5]], [[1.5], [1.5]]]], F32),
             const=(0,)),
    ],
    "FakeQuantWithMinMaxArgs": [
        Case([_X], _fake_quant_ref(-6, 6)),
        Case([_X], _fake_quant_ref(-1.3, 2.7, 8, True),
             {"min": -1.3, "max": 2.7, "narrow_range": True}, name="narrow"),
        Case([_X], _fake_quant_ref(0.2, 3.1, 4), {"min": 0.2, "max": 3.1, "num_bits": 4},
             name="4bit"),
    ],
    "FakeQuantWithMinMaxArgsGradient": [
        Case([np.full_like(_X, 2.0), _X], lambda g, x: _fq_grad_ref(-1.0, 1.0)(g, x)[0],
             {"min": -1.0, "max": 1.0}),
    ],
    "FakeQuantWithMinMaxVars": [
        Case([_X, np.float32(-1.0), np.float32(2.0)], _fake_quant_ref(-1.0, 2.0)),
        Case([_X, np.float32(0.0), np.float32(0.0)], lambda x, *_: np.zeros_like(x),
             name="zero_range"),
    ],
    "FakeQuantWithMinMaxVarsGradient": [
        Case([arr((2, 5)), _X, np.float32(-1.0), np.float32(2.0)], _fq_grad_ref(-1.0, 2.0)),
    ],
    "FakeQuantWithMinMaxVarsPerChannel": [
        Case([_X.T.copy(), np.array([-1.0, 0.0], F32), np.array([1.0, 3.0], F32)], _pc_ref),
    ],
    "FakeQuantWithMinMaxVarsPerChannelGradient": [
        Case([arr((5, 2)), _X.T.copy(), np.array([-1.0, 0.0], F32), np.array([1.0, 3.0], F32)],
             _pc_grad_ref),
    ],
    "QuantizeV2": [
        Case([_X, np.float32(0.0), np.float32(3.0)], _quantize_ref, {"T": "quint8"}),
    ],
    "Dequantize": [
        Case([_q([[0, 51, 255]], QUINT8), np.float32(0.0), np.float32(5.0)],
             lambda q, lo, hi: np.array([[0.0, 1.0, 5.0]], F32)),
        Case([_q([[-128, 0, 127]], QINT8), np.float32(-1.0), np.float32(1.0)],
             lambda q, lo, hi: np.array([[-1.0, 1.0 / 255, 1.0]], F32), name="qint8"),
    ],
    "QuantizeAndDequantizeV2": [
        Case([_X, np.float32(-2.0), np.float32(3.0)], _qdq_ref, {"range_given": True}),
    ],
    "QuantizeAndDequantizeV3": [
        Case([_X.astype(F64), np.float64(-2.0), np.float64(3.0), np.int32(8)], _qdq_ref,
             const=(3,)),
    ],
    "QuantizeAndDequantizeV4": [
        Case([_X, np.float32(-2.0), np.float32(3.0)], _qdq_ref, {"range_given": True}),
    ],
    "QuantizeAndDequantizeV4Grad": [
        Case([np.ones_like(_X), _X, np.float32(-2.0), np.float32(3.0)],
             lambda g, x, lo, hi: [np.where((x >= lo) & (x <= hi), g, 0).astype(F32),
                                   np.float32(0), np.float32(0)]),
    ],
    "QuantizedConcat": [
        Case([np.int32(0), [_q([[10, 20]], QUINT8), _q([[0, 255]], QUINT8)],
              [np.float32(0.0), np.float32(0.0)], [np.float32(3.0), np.float32(3.0)]],
             lambda d, v, lo, hi: [_q([[10, 20], [0, 255]], QUINT8), np.float32(0),
                                   np.float32(3)], const=(0,)),
    ],
    "EncodeWav": [
        # A check, not a reference: np.asarray(bytes) would drop the file's trailing NUL bytes.
        Case([_PCM.astype(F32) / 32768, np.int32(8000)], None,
             check=lambda outputs, inputs: _same_bytes(outputs[0], _wav(_PCM))),
    ],
    "DecodeWav": [
        Case([np.array(_wav(_PCM), object)],
             lambda c: [_PCM.astype(F32) / 32768, np.int32(8000)]),
        Case([np.array(_wav(_PCM), object)],
             lambda c: [np.concatenate([_PCM[:, :1].astype(F32) / 32768, np.zeros((1, 1), F32)]),
                        np.int32(8000)],
             {"desired_channels": 1, "desired_samples": 4}, name="desired"),
    ],
    # Values recorded from TF 2.21 (tf.random.stateless_* with seed [1, 2]).
    "StatelessRandomGammaV2": [
        Case([np.array([4], I32), _SEED, np.array(2.0, F32)], None, {"dtype": "float32"},
             const=(0,), check=_check_samples(lo=0.0)),
    ],
    "StatelessRandomGammaV3": [
        Case([np.array([4], I64), np.array([0x1234], np.uint64), np.array([0, 7], np.uint64),
              np.int32(1), np.array(3.0, F64)], None, const=(0,), check=_check_samples(lo=0.0)),
    ],
    "StatelessRandomPoisson": [
        Case([np.array([6], I32), _SEED, np.array(3.0, F32)], None, {"dtype": "int32"},
             const=(0,), check=_check_samples(lo=0)),
    ],
    "StatelessRandomBinomial": [
        Case([np.array([6], I32), _SEED, np.array(30.0, F32), np.array(0.7, F32)],
             _recorded([17, 20, 20, 21, 21, 20], F32), {"dtype": "float32"}, const=(0,)),
    ],
    "StatelessParameterizedTruncatedNormal": [
        Case([np.array([7], I32), _SEED, F32(0), F32(1), F32(-2), F32(2)], None, const=(0,),
             check=_check_samples(lo=-2.0, hi=2.0)),
    ],
    "FFTND": [
        Case([_C, np.array([3, 5], I32), np.array([0, 2], I32)],
             lambda x, n, a: np.fft.fftn(x, s=[3, 5], axes=[0, 2]).astype(np.complex64),
             const=(1, 2), rtol=1e-5, atol=1e-5),
    ],
    "IFFTND": [
        Case([_C, np.array([3, 4], I32), np.array([1, 2], I32)],
             lambda x, n, a: np.fft.ifftn(x, axes=[1, 2]).astype(np.complex64),
             const=(1, 2), rtol=1e-5, atol=1e-5),
    ],
    "RFFTND": [
        Case([_R, np.array([2, 6], I32), np.array([0, 2], I32)],
             lambda x, n, a: np.fft.rfftn(x, s=[2, 6], axes=[0, 2]).astype(np.complex64),
             const=(1, 2), rtol=1e-5, atol=1e-5),
    ],
    "IRFFTND": [
        Case([_C, np.array([3, 6], I32), np.array([1, 2], I32)],
             lambda x, n, a: np.fft.irfftn(x, s=[3, 6], axes=[1, 2]).astype(F32),
             const=(1, 2), rtol=1e-5, atol=1e-5),
    ],
}
