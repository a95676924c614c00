"""Kernel cases for the ops of tensorweave/ops/pooling_ops.py (max/avg pooling and grads).

References loop over the output positions; a SAME window is clipped to the input (average
pooling divides by the clipped count, as TF does). Inputs are distinct values so the
max of each window is unique.
"""

import itertools

import numpy as np

from kernel_cases._common import F32, F64, I32, RNG, Case


def _distinct(shape, dtype=F32):
    n = int(np.prod(shape))
    return (RNG.permutation(n).reshape(shape) * 0.25 - n / 8).astype(dtype)


def _geometry(spatial, ksize, strides, padding):
    outs, befores = [], []
    for size, k, s in zip(spatial, ksize, strides):
        if padding == "VALID":
            o, before = max((size - k) // s + 1, 0), 0
        else:
            o = -(-size // s)
            before = max((o - 1) * s + k - size, 0) // 2
        outs.append(o)
        befores.append(before)
    return outs, befores


def _windows(spatial, ksize, strides, padding):
    """(output index, input slices) over the spatial dims."""
    outs, befores = _geometry(spatial, ksize, strides, padding)
    for o in itertools.product(*[range(n) for n in outs]):
        sl = []
        for oi, size, k, s, b in zip(o, spatial, ksize, strides, befores):
            start = oi * s - b
            sl.append(slice(max(start, 0), min(start + k, size)))
        yield o, tuple(sl)


def _pool(x, ksize, strides, padding, kind):
    spatial = x.shape[1:-1]
    outs, _ = _geometry(spatial, ksize, strides, padding)
    out = np.zeros((x.shape[0], *outs, x.shape[-1]), x.dtype)
    for o, sl in _windows(spatial, ksize, strides, padding):
        win = x[(slice(None),) + sl + (slice(None),)]
        axes = tuple(range(1, 1 + len(spatial)))
        out[(slice(None),) + o + (slice(None),)] = win.max(axis=axes) if kind == "max" else \
            win.astype(np.float64).mean(axis=axes)
    return out


def _argmax_positions(x, sl):
    """Absolute spatial index of each (batch, channel)'s window max."""
    win = x[(slice(None),) + sl + (slice(None),)]
    n, c = x.shape[0], x.shape[-1]
    flat = win.reshape(n, int(np.prod(win.shape[1:-1])), c).argmax(axis=1)
    local = np.unravel_index(flat, win.shape[1:-1])
    return [loc + s.start for loc, s in zip(local, sl)]


def _avg_pool_grad(shape, g, ksize, strides, padding):
    shape = tuple(int(v) for v in shape)
    dx = np.zeros(shape, np.float64)
    spatial = shape[1:-1]
    for o, sl in _windows(spatial, ksize, strides, padding):
        count = np.prod([s.stop - s.start for s in sl])
        dx[(slice(None),) + sl + (slice(None),)] += \
            g[(slice(None),) + o + (slice(None),)].astype(np.float64)[
                (slice(None),) + (None,) * len(spatial)] / count
    return dx.astype(g.dtype)


def _max_pool_grad(x, g, ksize, strides, padding):
    dx = np.zeros(x.shape, np.float64)
    n_idx, c_idx = np.meshgrid(np.arange(x.shape[0]), np.arange(x.shape[-1]), indexing="ij")
    for o, sl in _windows(x.shape[1:-1], ksize, strides, padding):
        pos = _argmax_positions(x, sl)
        np.add.at(dx, (n_idx, *pos, c_idx), g[(slice(None),) + o + (slice(None),)])
    return dx.astype(g.dtype)


def _max_pool_grad_grad(x, gg, ksize, strides, padding):
    outs, _ = _geometry(x.shape[1:-1], ksize, strides, padding)
    out = np.zeros((x.shape[0], *outs, x.shape[-1]), gg.dtype)
    n_idx, c_idx = np.meshgrid(np.arange(x.shape[0]), np.arange(x.shape[-1]), indexing="ij")
    for o, sl in _windows(x.shape[1:-1], ksize, strides, padding):
        pos = _argmax_positions(x, sl)
        out[(slice(None),) + o + (slice(None),)] = gg[(n_idx, *pos, c_idx)]
    return out


GEOM_2D = [((2, 5, 5, 3), (2, 2), (2, 2), "VALID"), ((1, 5, 6, 2), (3, 3), (2, 2), "SAME"),
           ((2, 4, 4, 1), (3, 2), (1, 1), "SAME"), ((1, 6, 5, 2), (2, 3), (1, 2), "VALID"),
           ((0, 4, 4, 2), (2, 2), (2, 2), "VALID"), ((1, 1, 1, 2), (1, 1), (1, 1), "SAME")]
GEOM_3D = [((1, 4, 4, 4, 2), (2, 2, 2), (2, 2, 2), "VALID"),
           ((2, 3, 5, 4, 1), (2, 3, 2), (1, 2, 2), "SAME"),
           ((1, 3, 3, 3, 2), (3, 1, 2), (1, 1, 1), "VALID")]


def _attrs(k, s, pad, fmt):
    return {"ksize": [1, *k, 1], "strides": [1, *s, 1], "padding": pad, "data_format": fmt}


def _out_shape(xs, k, s, pad):
    outs, _ = _geometry(xs[1:-1], k, s, pad)
    return (xs[0], *outs, xs[-1])


def _forward(geoms, fmt, kind, dtypes):
    return [Case([_distinct(xs, d)], lambda x, k=k, s=s, p=p: _pool(x, k, s, p, kind),
                 _attrs(k, s, p, fmt), name="%s%d_%s" % (fmt, i, np.dtype(d).name), rtol=1e-5)
            for i, (xs, k, s, p) in enumerate(geoms) for d in dtypes]


def _nchw_max_pool():
    xs, k, s, p = GEOM_2D[1]
    return Case([np.transpose(_distinct(xs), (0, 3, 1, 2))],
                lambda x: np.transpose(_pool(np.transpose(x, (0, 2, 3, 1)), k, s, p, "max"),
                                       (0, 3, 1, 2)),
                {"ksize": [1, 1, *k], "strides": [1, 1, *s], "padding": p, "data_format": "NCHW"},
                name="nchw")


def _avg_grad(geoms, fmt):
    return [Case([np.array(xs, I32), _distinct(_out_shape(xs, k, s, p), d)],
                 lambda shape, g, k=k, s=s, p=p: _avg_pool_grad(shape, g, k, s, p),
                 _attrs(k, s, p, fmt), const=(0,), name="%s%d_%s" % (fmt, i, np.dtype(d).name),
                 rtol=1e-5)
            for i, (xs, k, s, p) in enumerate(geoms) for d in (F32, F64)]


def _max_grad(geoms, fmt, fn, grad_of_input, dtypes=(F32, F64)):
    out = []
    for i, (xs, k, s, p) in enumerate(geoms):
        for d in dtypes:
            x = _distinct(xs, d)
            y = _pool(x, k, s, p, "max")
            g = _distinct(xs if grad_of_input else y.shape, d)
            out.append(Case([x, y, g], lambda x, y, g, k=k, s=s, p=p: fn(x, g, k, s, p),
                            _attrs(k, s, p, fmt), name="%s%d_%s" % (fmt, i, np.dtype(d).name),
                            rtol=1e-5))
    return out


CASES = {
    "MaxPool": _forward(GEOM_2D, "NHWC", "max", (F32, F64, I32)) + [_nchw_max_pool()],
    "AvgPool": _forward(GEOM_2D, "NHWC", "avg", (F32, F64)),
    "MaxPool3D": _forward(GEOM_3D, "NDHWC", "max", (F32,)),  # TF: no float64 3-D max pooling
    "AvgPool3D": _forward(GEOM_3D, "NDHWC", "avg", (F32, F64)),
    "AvgPoolGrad": _avg_grad(GEOM_2D, "NHWC") + [
        Case([np.array(GEOM_2D[1][0], I32), _distinct(_out_shape(*GEOM_2D[1]))],
             lambda shape, g: _avg_pool_grad(shape, g, *GEOM_2D[1][1:]),
             _attrs(*GEOM_2D[1][1:], "NHWC"), name="fed_shape", rtol=1e-5)],
    "AvgPool3DGrad": _avg_grad(GEOM_3D, "NDHWC") + [
        Case([np.array(GEOM_3D[1][0], I32), _distinct(_out_shape(*GEOM_3D[1]))],
             lambda shape, g: _avg_pool_grad(shape, g, *GEOM_3D[1][1:]),
             _attrs(*GEOM_3D[1][1:], "NDHWC"), name="fed_shape", rtol=1e-5)],
    "MaxPoolGrad": _max_grad(GEOM_2D, "NHWC", _max_pool_grad, False),
    "MaxPool3DGrad": _max_grad(GEOM_3D, "NDHWC", _max_pool_grad, False, (F32,)),
    "MaxPoolGradGrad": _max_grad(GEOM_2D, "NHWC", _max_pool_grad_grad, True),
    "MaxPool3DGradGrad": _max_grad(GEOM_3D, "NDHWC", _max_pool_grad_grad, True),
}
