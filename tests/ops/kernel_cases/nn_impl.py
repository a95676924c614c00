"""Kernel cases for the ops of tensorweave/ops/nn_impl.py (fused batch norm, LRN)."""

import numpy as np

from kernel_cases._common import F32, Case, arr, positive


def _to_last(x, fmt):
    return np.moveaxis(x, 1, -1) if fmt.startswith("NC") else x


def _from_last(x, fmt):
    return np.moveaxis(x, -1, 1) if fmt.startswith("NC") else x


def _batch_norm(x, scale, offset, mean, var, eps, factor, fmt, training):
    xc = _to_last(x, fmt).astype(np.float64)
    axes = tuple(range(xc.ndim - 1))
    if training:
        m = xc.mean(axis=axes)
        v = xc.var(axis=axes)
        n = xc.size // xc.shape[-1]
        unbiased = v * n / max(n - 1, 1)
        if factor != 1.0:
            out_m, out_v = (1 - factor) * mean + factor * m, (1 - factor) * var + factor * unbiased
        else:
            out_m, out_v = m, unbiased
    else:
        m, v, out_m, out_v = mean, var, mean, var
    y = (xc - m) / np.sqrt(v + eps) * scale + offset
    f = np.float32
    return [_from_last(y, fmt).astype(x.dtype), np.asarray(out_m, f), np.asarray(out_v, f),
            np.asarray(m, f), np.asarray(v, f), np.zeros((0,), f)]


def _batch_norm_grad(dy, x, scale, r1, r2, r3, eps, fmt, training):
    g = _to_last(dy, fmt).astype(np.float64)
    xc = _to_last(x, fmt).astype(np.float64)
    axes = tuple(range(xc.ndim - 1))
    inv = 1 / np.sqrt(r2.astype(np.float64) + eps)
    xhat = (xc - r1) * inv
    doffset = g.sum(axis=axes)
    dscale = (g * xhat).sum(axis=axes)
    if training:
        n = xc.size // xc.shape[-1]
        dx = scale * inv / n * (n * g - doffset - xhat * dscale)
    else:
        dx = g * scale * inv
    f = np.float32
    return [_from_last(dx, fmt).astype(x.dtype), dscale.astype(f), doffset.astype(f),
            np.zeros((0,), f), np.zeros((0,), f)]


def _window_sums(x, r):
    sq = x.astype(np.float64) ** 2
    c = x.shape[-1]
    out = np.zeros_like(sq)
    for j in range(c):
        out[..., j] = sq[..., max(0, j - r):min(c, j + r + 1)].sum(axis=-1)
    return out


def _lrn(x, r, bias, alpha, beta):
    return (x / (bias + alpha * _window_sums(x, r)) ** beta).astype(x.dtype)


def _lrn_grad(g, x, y, r, bias, alpha, beta):
    x64, g64 = x.astype(np.float64), g.astype(np.float64)
    norm = bias + alpha * _window_sums(x, r)
    inner = g64 * x64 * norm ** (-beta - 1)
    c = x.shape[-1]
    spread = np.zeros_like(inner)
    for j in range(c):
        spread[..., j] = inner[..., max(0, j - r):min(c, j + r + 1)].sum(axis=-1)
    return (g64 * norm ** -beta - 2 * alpha * beta * x64 * spread).astype(g.dtype)


BN_SHAPES = [((2, 3, 4, 5), "NHWC"), ((2, 5, 3, 4), "NCHW"), ((1, 1, 1, 3), "NHWC"),
             ((3, 2, 2, 2, 4), "NDHWC")]


def _bn_cases():
    out = []
    for shape, fmt in BN_SHAPES:
        c = shape[-1] if fmt.endswith("C") else shape[1]
        for training, factor in ((True, 1.0), (True, 0.25), (False, 1.0)):
            inputs = [arr(shape), positive((c,)), arr((c,)), arr((c,)), positive((c,))]

            def ref(x, s, o, m, v, training=training, factor=factor, fmt=fmt):
                return _batch_norm(x, s, o, m, v, 1e-3, factor, fmt, training)
            out.append(Case(inputs, ref, {"epsilon": 1e-3, "exponential_avg_factor": factor,
                                          "data_format": fmt, "is_training": training},
                            rtol=1e-4, atol=1e-4, name="%s%s_%s_%s" % (fmt, shape, training, factor)))
    return out


def _bn_grad_cases():
    out = []
    for shape, fmt in BN_SHAPES:
        c = shape[-1] if fmt.endswith("C") else shape[1]
        for training in (True, False):
            x = arr(shape)
            xc = _to_last(x, fmt).astype(np.float64)
            if training:
                r1 = xc.mean(axis=tuple(range(x.ndim - 1))).astype(F32)
                r2 = xc.var(axis=tuple(range(x.ndim - 1))).astype(F32)
            else:
                r1, r2 = arr((c,)), positive((c,))
            inputs = [arr(shape), x, positive((c,)), r1, r2, np.zeros((0,), F32)]

            def ref(dy, x, s, r1, r2, r3, training=training, fmt=fmt):
                return _batch_norm_grad(dy, x, s, r1, r2, r3, 1e-3, fmt, training)
            out.append(Case(inputs, ref, {"epsilon": 1e-3, "data_format": fmt, "is_training": training},
                            rtol=1e-4, atol=1e-4, name="%s%s_%s" % (fmt, shape, training)))
    return out


LRN_PARAMS = [(5, 1.0, 1.0, 0.5), (1, 2.0, 0.1, 0.75), (2, 0.5, 0.3, 1.0), (0, 1.0, 1.0, 0.5)]


CASES = {
    "FusedBatchNormV3": _bn_cases(),
    "FusedBatchNormGradV3": _bn_grad_cases(),
    "LRN": [Case([arr(s)], lambda x, p=p: _lrn(x, *p),
                 dict(zip(("depth_radius", "bias", "alpha", "beta"), p)), rtol=1e-5, atol=1e-6,
                 name="%s_%s" % (s, p))
            for s in [(2, 3, 4, 7), (1, 1, 1, 3)] for p in LRN_PARAMS],
    "LRNGrad": [Case([arr(s), x, _lrn(x, *p)], lambda g, x, y, p=p: _lrn_grad(g, x, y, *p),
                     dict(zip(("depth_radius", "bias", "alpha", "beta"), p)), rtol=1e-4, atol=1e-5,
                     name="%s_%s" % (s, p))
                for s in [(2, 3, 4, 7), (1, 1, 1, 3)] for p in LRN_PARAMS for x in [arr(s)]],
}
