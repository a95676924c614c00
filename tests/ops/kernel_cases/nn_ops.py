"""Kernel cases for the ops of tensorweave/ops/nn_ops.py (activations, softmax, losses)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

SHAPES = [(), (5,), (2, 3), (2, 0, 3)]
MATRIX_SHAPES = [(1, 4), (3, 5), (2, 3, 4), (0, 3)]
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def _unary(fn, dtypes=(F32, F64), shapes=SHAPES, lo=-3.0, hi=3.0):
    return [Case([arr(s, d, lo, hi)], lambda x: fn(x.astype(np.float64)).astype(x.dtype),
                 name="%s%s" % (np.dtype(d).name, s), rtol=1e-5, atol=1e-6)
            for d in dtypes for s in shapes]


def _grad(fn, dtypes=(F32, F64), shapes=SHAPES, lo=-3.0, hi=3.0, attrs=None):
    """Cases for Foo(gradients, x) -> fn(g, x)."""
    def ref(g, x):
        return fn(g.astype(np.float64), x.astype(np.float64)).astype(g.dtype)
    return [Case([arr(s, d), arr(s, d, lo, hi)], ref, attrs, name="%s%s" % (np.dtype(d).name, s),
                 rtol=1e-5, atol=1e-6)
            for d in dtypes for s in shapes]


def _softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _log_softmax(x):
    z = x - x.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def _elu(x):
    return np.where(x < 0, np.expm1(np.minimum(x, 0)), x)


def _selu(x):
    return SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0)))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _bias_add_nchw(v, b):
    return (v + b.reshape((-1,) + (1,) * (v.ndim - 2))).astype(v.dtype)


def _bias_add_grad(g, channel_axis):
    axes = tuple(i for i in range(g.ndim) if i != channel_axis % g.ndim)
    return g.sum(axis=axes).astype(g.dtype)


def _in_top_k(pred, target, k):
    out = []
    for row, t in zip(pred, target):
        if not 0 <= t < row.shape[0] or not np.all(np.isfinite(row)):
            out.append(False)
            continue
        out.append(int(np.sum(row > row[t])) < k)
    return np.array(out, dtype=bool)


def _xent(logits, labels):
    logits64, labels64 = logits.astype(np.float64), labels.astype(np.float64)
    loss = -(labels64 * _log_softmax(logits64)).sum(axis=-1)
    return [loss.astype(logits.dtype), (_softmax(logits64) - labels64).astype(logits.dtype)]


def _sparse_xent(logits, labels):
    onehot = np.eye(logits.shape[1], dtype=logits.dtype)[labels]
    return _xent(logits, onehot)


def _labels(shape, dtype):
    p = arr(shape, F64, 0.0, 1.0)
    return (p / np.maximum(p.sum(axis=-1, keepdims=True), 1e-9)).astype(dtype)


CASES = {
    "BiasAdd": [
        *[Case([arr(v, d), arr(v[-1:], d)], lambda v, b: (v + b).astype(v.dtype),
               name="nhwc_%s%s" % (np.dtype(d).name, v))
          for d in (F32, F64, I32) for v in [(2, 3), (2, 4, 5, 3), (0, 3), (4, 1, 2)]],
        Case([arr((2, 3, 4, 5)), arr((3,))], _bias_add_nchw, {"data_format": "NCHW"}, name="nchw4"),
        Case([arr((2, 3, 4)), arr((3,))], _bias_add_nchw, {"data_format": "NCHW"}, name="nchw3"),
    ],
    "BiasAddGrad": [
        *[Case([arr(s, d)], lambda g: _bias_add_grad(g, -1), name="nhwc_%s%s" % (np.dtype(d).name, s),
               rtol=1e-5)
          for d in (F32, F64, I32) for s in [(2, 3), (2, 4, 5, 3), (0, 3), (1, 1)]],
        Case([arr((2, 3, 4, 5))], lambda g: _bias_add_grad(g, 1), {"data_format": "NCHW"},
             name="nchw", rtol=1e-5),
    ],
    "Elu": _unary(_elu),
    "EluGrad": _grad(lambda g, y: np.where(y < 0, g * (y + 1), g), lo=-0.99),
    "InTopKV2": [
        Case([np.array([[0.1, 0.5, 0.3, 0.5], [1.0, 2.0, 3.0, 4.0], [1, np.nan, 0, 0]], F32),
              np.array([1, 0, 0], I32), np.array(2, I32)], _in_top_k, name="ties_nan_k2"),
        Case([arr((5, 6)), np.array([0, 5, 2, 3, 1], I32), np.array(1, I32)], _in_top_k, name="k1"),
        Case([arr((4, 3)), np.array([0, 1, 2, 7], I64), np.array(3, I64)], _in_top_k,
             name="k_all_out_of_range_int64"),
        Case([arr((0, 3)), np.zeros((0,), I32), np.array(1, I32)], _in_top_k, name="empty"),
    ],
    "L2Loss": [Case([arr(s, d)], lambda t: np.asarray((t.astype(np.float64) ** 2).sum() / 2, t.dtype),
                    name="%s%s" % (np.dtype(d).name, s), rtol=1e-5)
               for d in (F32, F64) for s in SHAPES],
    "LeakyRelu": _unary(lambda x: np.where(x > 0, x, 0.2 * x)) + [
        Case([arr((3, 4))], lambda x: np.where(x > 0, x, 0.5 * x).astype(x.dtype), {"alpha": 0.5},
             name="alpha0.5")],
    "LeakyReluGrad": _grad(lambda g, x: np.where(x > 0, g, 0.2 * g)) + [
        Case([arr((3, 4)), arr((3, 4))], lambda g, x: np.where(x > 0, g, 0.3 * g).astype(g.dtype),
             {"alpha": 0.3}, name="alpha0.3", rtol=1e-5)],
    "LogSoftmax": _unary(_log_softmax, shapes=MATRIX_SHAPES + [(6,)], lo=-20, hi=20),
    "Relu": _unary(lambda x: np.maximum(x, 0), dtypes=(F32, F64, I32, I64)),
    "Relu6": _unary(lambda x: np.clip(x, 0, 6), dtypes=(F32, F64, I32), lo=-8, hi=9),
    "Relu6Grad": _grad(lambda g, x: np.where((x > 0) & (x < 6), g, 0), lo=-3, hi=9),
    "ReluGrad": _grad(lambda g, x: np.where(x > 0, g, 0)),
    "Selu": _unary(_selu),
    "SeluGrad": _grad(lambda g, y: np.where(y < 0, g * (y + SELU_SCALE * SELU_ALPHA),
                                            g * SELU_SCALE), lo=-1.7),
    "Softmax": _unary(_softmax, shapes=MATRIX_SHAPES + [(6,)], lo=-20, hi=20),
    "Softplus": _unary(lambda x: np.logaddexp(0, x), lo=-30, hi=30),
    "SoftplusGrad": _grad(lambda g, x: g * _sigmoid(x)),
    "Softsign": _unary(lambda x: x / (1 + np.abs(x))),
    "SoftsignGrad": _grad(lambda g, x: g / (1 + np.abs(x)) ** 2),
    "SoftmaxCrossEntropyWithLogits": [
        Case([arr(s, d, -5, 5), _labels(s, d)], _xent, name="%s%s" % (np.dtype(d).name, s),
             rtol=1e-5, atol=1e-5)
        for d in (F32, F64) for s in [(1, 4), (3, 5), (0, 3), (2, 1)]] + [
        Case([arr((3, 4), F32, -5, 5), _labels((1, 4), F32)],
             lambda x, y: _xent(x, np.broadcast_to(y, x.shape)), rtol=1e-5, atol=1e-5,
             name="broadcast_labels")],
    "SparseSoftmaxCrossEntropyWithLogits": [
        Case([arr(s, d, -5, 5), np.arange(s[0], dtype=li) % s[1]], _sparse_xent,
             name="%s%s_%s" % (np.dtype(d).name, s, np.dtype(li).name), rtol=1e-5, atol=1e-5)
        for d in (F32, F64) for s in [(1, 4), (3, 5), (0, 3)] for li in (I32, I64)],
}
