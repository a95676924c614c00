"""Kernel cases for the ops of tensorweave/ops/conv_ops.py (Conv2D, depthwise, backprops).

The references are direct loops over the filter taps on a padded input; the backprop
references are the adjoints of those loops (scatter-add instead of gather).
"""

import numpy as np

from kernel_cases._common import F32, F64, I32, Case, arr


def _pads(size, k, stride, dilation, padding, explicit=None):
    ek = (k - 1) * dilation + 1
    if padding == "VALID":
        return 0, 0, (size - ek) // stride + 1
    if padding == "EXPLICIT":
        before, after = explicit
        return before, after, (size + before + after - ek) // stride + 1
    out = -(-size // stride)
    total = max((out - 1) * stride + ek - size, 0)
    return total // 2, total - total // 2, out


def _geometry(x_shape, f_shape, strides, padding, dilations, explicit):
    _, h, w, _ = x_shape
    kh, kw = f_shape[:2]
    ph = _pads(h, kh, strides[0], dilations[0], padding, explicit and explicit[0])
    pw = _pads(w, kw, strides[1], dilations[1], padding, explicit and explicit[1])
    return ph, pw


def _taps(f_shape, strides, dilations, oh, ow):
    for i in range(f_shape[0]):
        for j in range(f_shape[1]):
            yield i, j, (slice(None), slice(i * dilations[0], i * dilations[0] + (oh - 1) * strides[0] + 1,
                                            strides[0]),
                         slice(j * dilations[1], j * dilations[1] + (ow - 1) * strides[1] + 1, strides[1]))


def _conv(x, f, strides, padding, dilations=(1, 1), explicit=None, depthwise=False):
    """NHWC convolution; strides/dilations are the two spatial values."""
    (pt, pb, oh), (pl, pr, ow) = _geometry(x.shape, f.shape, strides, padding, dilations, explicit)
    xp = np.pad(x.astype(np.float64), ((0, 0), (pt, pb), (pl, pr), (0, 0)))
    n, c = x.shape[0], x.shape[3]
    out_c = c * f.shape[3] if depthwise else f.shape[3]
    out = np.zeros((n, oh, ow, out_c))
    for i, j, sl in _taps(f.shape, strides, dilations, oh, ow):
        patch = xp[sl]
        if depthwise:
            out += (patch[..., :, None] * f[i, j].astype(np.float64)).reshape(n, oh, ow, out_c)
        else:
            out += patch @ f[i, j].astype(np.float64)
    return out.astype(x.dtype)


def _conv_backprop_input(x_shape, f, dy, strides, padding, dilations=(1, 1), explicit=None,
                         depthwise=False):
    (pt, pb, oh), (pl, pr, ow) = _geometry(x_shape, f.shape, strides, padding, dilations, explicit)
    n, h, w, c = x_shape
    dxp = np.zeros((n, h + pt + pb, w + pl + pr, c))
    for i, j, sl in _taps(f.shape, strides, dilations, oh, ow):
        if depthwise:
            g = dy.astype(np.float64).reshape(n, oh, ow, c, f.shape[3])
            dxp[sl] += (g * f[i, j].astype(np.float64)).sum(axis=-1)
        else:
            dxp[sl] += dy.astype(np.float64) @ f[i, j].astype(np.float64).T
    return dxp[:, pt:pt + h, pl:pl + w, :].astype(dy.dtype)


def _conv_backprop_filter(x, f_shape, dy, strides, padding, dilations=(1, 1), explicit=None,
                          depthwise=False):
    (pt, pb, oh), (pl, pr, ow) = _geometry(x.shape, f_shape, strides, padding, dilations, explicit)
    xp = np.pad(x.astype(np.float64), ((0, 0), (pt, pb), (pl, pr), (0, 0)))
    df = np.zeros(tuple(f_shape))
    c = x.shape[3]
    for i, j, sl in _taps(f_shape, strides, dilations, oh, ow):
        if depthwise:
            g = dy.astype(np.float64).reshape(dy.shape[:3] + (c, f_shape[3]))
            df[i, j] = np.einsum("nhwc,nhwcm->cm", xp[sl], g)
        else:
            df[i, j] = np.einsum("nhwc,nhwo->co", xp[sl], dy.astype(np.float64))
    return df.astype(dy.dtype)


def _nchw(a):
    return np.transpose(a, (0, 3, 1, 2))


def _nhwc(a):
    return np.transpose(a, (0, 2, 3, 1))


# (input NHWC shape, filter HW, strides, padding, dilations, explicit pads, data_format)
GEOMETRIES = [
    ((2, 5, 5, 3), (3, 3), (1, 1), "VALID", (1, 1), None),
    ((1, 6, 7, 2), (3, 2), (2, 2), "SAME", (1, 1), None),
    ((2, 7, 6, 1), (2, 3), (1, 2), "SAME", (1, 1), None),
    ((1, 7, 7, 2), (3, 3), (1, 1), "VALID", (2, 2), None),
    ((1, 8, 6, 2), (3, 2), (1, 1), "SAME", (2, 1), None),
    ((1, 5, 4, 2), (2, 2), (2, 1), "EXPLICIT", (1, 1), ((1, 2), (0, 1))),
    ((0, 4, 4, 2), (2, 2), (1, 1), "VALID", (1, 1), None),
    ((1, 1, 1, 3), (1, 1), (1, 1), "SAME", (1, 1), None),
]


def _attrs(strides, padding, dilations, explicit, fmt="NHWC"):
    if fmt == "NHWC":
        a = {"strides": [1, *strides, 1], "dilations": [1, *dilations, 1]}
        ep = [0, 0, *explicit[0], *explicit[1], 0, 0] if explicit else []
    else:
        a = {"strides": [1, 1, *strides], "dilations": [1, 1, *dilations]}
        ep = [0, 0, 0, 0, *explicit[0], *explicit[1]] if explicit else []
    a["padding"] = padding
    a["data_format"] = fmt
    if explicit:
        a["explicit_paddings"] = ep
    return a


def _out_shape(xs, fhw, strides, padding, dilations, explicit, out_c):
    (_, _, oh), (_, _, ow) = _geometry(xs, fhw + (0, 0), strides, padding, dilations, explicit)
    return (xs[0], oh, ow, out_c)


def _forward_cases(depthwise):
    out = []
    for k, (xs, fhw, st, pad, dil, ex) in enumerate(GEOMETRIES):
        # TF's depthwise kernel takes neither explicit padding, dilations with strides, nor
        # unequal row and column strides.
        if depthwise and (pad == "EXPLICIT" or dil != (1, 1) and st != (1, 1) or st[0] != st[1]):
            continue
        for d in (F32, F64):
            f = arr(fhw + (xs[3], 2 if depthwise else 4), d)

            def ref(x, f, st=st, pad=pad, dil=dil, ex=ex):
                return _conv(x, f, st, pad, dil, ex, depthwise)
            out.append(Case([arr(xs, d), f], ref, _attrs(st, pad, dil, ex), rtol=1e-5, atol=1e-5,
                            name="nhwc%d_%s" % (k, np.dtype(d).name)))
    xs, fhw, st, pad, dil, ex = GEOMETRIES[1]
    out.append(Case([_nchw(arr(xs)), arr(fhw + (xs[3], 2 if depthwise else 3))],
                    lambda x, f: _nchw(_conv(_nhwc(x), f, st, pad, dil, ex, depthwise)),
                    _attrs(st, pad, dil, ex, "NCHW"), rtol=1e-5, atol=1e-5, name="nchw"))
    return out


def _backprop_input_cases(depthwise):
    out = []
    for k, (xs, fhw, st, pad, dil, ex) in enumerate(GEOMETRIES):
        if depthwise and (pad == "EXPLICIT" or dil != (1, 1) and st != (1, 1)):
            continue
        mult = 2 if depthwise else 3
        oc = xs[3] * mult if depthwise else mult
        for d, sd in ((F32, I32), (F64, I32)):
            def ref(sizes, f, dy, st=st, pad=pad, dil=dil, ex=ex):
                return _conv_backprop_input(tuple(sizes), f, dy, st, pad, dil, ex, depthwise)
            out.append(Case([np.array(xs, sd), arr(fhw + (xs[3], mult), d),
                             arr(_out_shape(xs, fhw, st, pad, dil, ex, oc), d)],
                            ref, _attrs(st, pad, dil, ex), const=(0,), rtol=1e-5, atol=1e-5,
                            name="nhwc%d_%s" % (k, np.dtype(d).name)))
    xs, fhw, st, pad, dil, ex = GEOMETRIES[2]
    out.append(Case([np.array(xs, I32), arr(fhw + (xs[3], 2)),
                     arr(_out_shape(xs, fhw, st, pad, dil, ex, xs[3] * 2 if depthwise else 2))],
                    lambda s, f, dy: _conv_backprop_input(tuple(s), f, dy, st, pad, dil, ex, depthwise),
                    _attrs(st, pad, dil, ex), rtol=1e-5, atol=1e-5, name="fed_sizes"))
    return out


def _backprop_filter_cases(depthwise):
    out = []
    for k, (xs, fhw, st, pad, dil, ex) in enumerate(GEOMETRIES):
        if depthwise and (pad == "EXPLICIT" or dil != (1, 1) and st != (1, 1)):
            continue
        mult = 2 if depthwise else 3
        oc = xs[3] * mult if depthwise else mult
        for d, sd in ((F32, I32), (F64, I32)):
            def ref(x, sizes, dy, st=st, pad=pad, dil=dil, ex=ex):
                return _conv_backprop_filter(x, tuple(sizes), dy, st, pad, dil, ex, depthwise)
            out.append(Case([arr(xs, d), np.array(fhw + (xs[3], mult), sd),
                             arr(_out_shape(xs, fhw, st, pad, dil, ex, oc), d)],
                            ref, _attrs(st, pad, dil, ex), const=(1,), rtol=1e-5, atol=1e-5,
                            name="nhwc%d_%s" % (k, np.dtype(d).name)))
    xs, fhw, st, pad, dil, ex = GEOMETRIES[0]
    out.append(Case([arr(xs), np.array(fhw + (xs[3], 2), I32),
                     arr(_out_shape(xs, fhw, st, pad, dil, ex, xs[3] * 2 if depthwise else 2))],
                    lambda x, s, dy: _conv_backprop_filter(x, tuple(s), dy, st, pad, dil, ex, depthwise),
                    _attrs(st, pad, dil, ex), rtol=1e-5, atol=1e-5, name="fed_sizes"))
    return out


CASES = {
    "Conv2D": _forward_cases(False),
    "Conv2DBackpropInput": _backprop_input_cases(False),
    "Conv2DBackpropFilter": _backprop_filter_cases(False),
    "DepthwiseConv2dNative": _forward_cases(True),
    "DepthwiseConv2dNativeBackpropInput": _backprop_input_cases(True),
    "DepthwiseConv2dNativeBackpropFilter": _backprop_filter_cases(True),
}
