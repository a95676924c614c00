"""Kernel cases for tensorweave/ops/conv3d_ops.py: a direct-loop Conv3D reference, and the
backprops as the adjoint of that reference (sums over unit vectors). Values of the ops were
also checked against TF 2.21 in tests/ops/test_conv3d_ops.py."""

import itertools

import numpy as np

from kernel_cases._common import F32, F64, I32, Case, arr


# ------------------------------------------------------------------- Conv3D family
def _conv3d_ref(x, w, strides, padding, dilations):
    """Direct loop over output positions and filter taps (NDHWC)."""
    n, size, c = x.shape[0], x.shape[1:4], x.shape[4]
    k, s, d = w.shape[:3], strides[1:4], dilations[1:4]
    span = [(kk - 1) * dd + 1 for kk, dd in zip(k, d)]
    if padding == "VALID":
        out, before = [(sz - sp) // st + 1 for sz, sp, st in zip(size, span, s)], [0, 0, 0]
    else:
        out = [-(-sz // st) for sz, st in zip(size, s)]
        before = [max((o - 1) * st + sp - sz, 0) // 2 for o, st, sp, sz in zip(out, s, span, size)]
    y = np.zeros([n] + out + [w.shape[4]], np.float64)
    for pos in itertools.product(*[range(o) for o in out]):
        for tap in itertools.product(*[range(kk) for kk in k]):
            src = [p * st + t * dd - b for p, st, t, dd, b in zip(pos, s, tap, d, before)]
            if all(0 <= v < sz for v, sz in zip(src, size)):
                y[(slice(None),) + pos] += x[(slice(None),) + tuple(src)] @ w[tap]
    return y.astype(x.dtype)


def _conv3d_case(xs, ws, strides, padding, dilations=(1, 1, 1, 1, 1), dtype=F32, name=""):
    attrs = {"strides": list(strides), "padding": padding, "dilations": list(dilations)}
    return Case([arr(xs, dtype), arr(ws, dtype)], lambda x, w: _conv3d_ref(x, w, strides, padding, dilations),
                attrs, rtol=1e-4, atol=1e-5, name=name)


def _backprop_input_case(xs, ws, strides, padding):
    ys = _conv3d_ref(np.zeros(xs, F64), np.zeros(ws, F64), strides, padding, (1, 1, 1, 1, 1)).shape
    dy, w = arr(ys, F64), arr(ws, F64)

    def ref(sizes, filt, grad):
        # <conv3d(e_i, w), dy> for every input unit vector e_i.
        out = np.zeros(xs)
        for idx in itertools.product(*[range(v) for v in xs]):
            e = np.zeros(xs)
            e[idx] = 1.0
            out[idx] = np.sum(_conv3d_ref(e, filt, strides, padding, (1, 1, 1, 1, 1)) * grad)
        return out
    return Case([np.array(xs, I32), w, dy], ref, {"strides": list(strides), "padding": padding},
                const=(0,), rtol=1e-6, name="%s_%s" % (padding.lower(), "x".join(map(str, strides[1:4]))))


def _backprop_filter_case(xs, ws, strides, padding):
    ys = _conv3d_ref(np.zeros(xs, F64), np.zeros(ws, F64), strides, padding, (1, 1, 1, 1, 1)).shape
    x, dy = arr(xs, F64), arr(ys, F64)

    def ref(inp, sizes, grad):
        out = np.zeros(ws)
        for idx in itertools.product(*[range(v) for v in ws]):
            e = np.zeros(ws)
            e[idx] = 1.0
            out[idx] = np.sum(_conv3d_ref(inp, e, strides, padding, (1, 1, 1, 1, 1)) * grad)
        return out
    return Case([x, np.array(ws, I32), dy], ref, {"strides": list(strides), "padding": padding},
                const=(1,), rtol=1e-6, name="%s_%s" % (padding.lower(), "x".join(map(str, strides[1:4]))))


CASES = {
    "Conv3D": [
        _conv3d_case((2, 4, 5, 3, 2), (2, 3, 2, 2, 3), (1, 1, 1, 1, 1), "VALID", name="valid"),
        _conv3d_case((1, 4, 5, 6, 2), (2, 3, 2, 2, 2), (1, 2, 2, 3, 1), "SAME", name="same_strided"),
        _conv3d_case((1, 5, 4, 5, 1), (2, 2, 2, 1, 2), (1, 1, 1, 1, 1), "SAME", (1, 2, 1, 2, 1), F64,
                     name="dilated_f64"),
    ],
    "Conv3DBackpropInputV2": [
        _backprop_input_case((1, 3, 4, 3, 2), (2, 2, 2, 2, 2), (1, 1, 1, 1, 1), "VALID"),
        _backprop_input_case((1, 3, 3, 4, 1), (2, 3, 2, 1, 2), (1, 2, 1, 2, 1), "SAME")],
    "Conv3DBackpropFilterV2": [
        _backprop_filter_case((1, 3, 4, 3, 2), (2, 2, 2, 2, 2), (1, 1, 1, 1, 1), "VALID"),
        _backprop_filter_case((2, 3, 3, 4, 1), (2, 3, 2, 1, 2), (1, 2, 1, 2, 1), "SAME")],
}
