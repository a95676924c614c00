"""Kernel cases for MaxPoolWithArgmax / MaxPoolGradWithArgmax (pooling_extra_ops.py),
UnravelIndex (array_extra_ops.py) and EagerPyFunc (script_ops.py). References are direct
loops; the argmax layout ((y * W + x) * C + c, plus the batch offset when asked) and the
first-maximum-wins tie rule were checked against TF 2.21."""

import itertools

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr


def _argmax_pool(x, ksize, strides, padding, include_batch):
    n, h, w, c = x.shape
    kh, kw, sh, sw = ksize[1], ksize[2], strides[1], strides[2]
    if padding == "VALID":
        oh, ow, top, left = (h - kh) // sh + 1, (w - kw) // sw + 1, 0, 0
    else:
        oh, ow = -(-h // sh), -(-w // sw)
        top = max((oh - 1) * sh + kh - h, 0) // 2
        left = max((ow - 1) * sw + kw - w, 0) // 2
    out = np.zeros((n, oh, ow, c), x.dtype)
    arg = np.zeros((n, oh, ow, c), np.int64)
    for b, i, j, ch in itertools.product(range(n), range(oh), range(ow), range(c)):
        best = None
        for di, dj in itertools.product(range(kh), range(kw)):
            y, xx = i * sh + di - top, j * sw + dj - left
            if 0 <= y < h and 0 <= xx < w and (best is None or x[b, y, xx, ch] > best):
                best = x[b, y, xx, ch]
                arg[b, i, j, ch] = ((b * h + y) * w + xx) * c + ch if include_batch else (y * w + xx) * c + ch
        out[b, i, j, ch] = best
    return out, arg


def _pool_case(shape, ksize, strides, padding, include_batch=False, targmax=I64, dtype=F32, name=""):
    x = arr(shape, dtype, -3, 3)
    if name == "ties":
        x = np.ones(shape, dtype)

    def ref(v):
        out, arg = _argmax_pool(v, ksize, strides, padding, include_batch)
        return [out, arg.astype(targmax)]
    attrs = {"ksize": ksize, "strides": strides, "padding": padding,
             "include_batch_in_index": include_batch, "Targmax": np.dtype(targmax)}
    return Case([x], ref, attrs, name=name)


def _grad_ref(include_batch):
    def ref(x, g, arg):
        out = np.zeros(x.size, x.dtype)
        n = x.shape[0]
        per = x.size // n
        for b in range(n):
            for k, v in zip(arg[b].reshape(-1), g[b].reshape(-1)):
                out[int(k) + (0 if include_batch else b * per)] += v
        return out.reshape(x.shape)
    return ref


def _unravel_ref(indices, dims):
    return np.array(np.unravel_index(indices, tuple(dims)), dims.dtype)


CASES = {
    "MaxPoolWithArgmax": [
        _pool_case((2, 4, 4, 3), [1, 2, 2, 1], [1, 2, 2, 1], "VALID", name="valid"),
        _pool_case((1, 5, 5, 2), [1, 3, 3, 1], [1, 2, 2, 1], "SAME", name="same_padded"),
        _pool_case((2, 3, 3, 2), [1, 2, 2, 1], [1, 1, 1, 1], "VALID", True, I32, F64, name="batch_index"),
        _pool_case((1, 2, 2, 1), [1, 2, 2, 1], [1, 2, 2, 1], "VALID", name="ties"),
    ],
    "MaxPoolGradWithArgmax": [
        Case([arr((2, 4, 4, 1)), arr((2, 2, 2, 1)), np.array([[[[0], [2]], [[9], [15]]]] * 2, I64)],
             _grad_ref(False), {"ksize": [1, 2, 2, 1], "strides": [1, 2, 2, 1], "padding": "VALID"},
             name="per_image"),
        Case([arr((2, 2, 2, 1)), arr((2, 1, 1, 1)), np.array([[[[3]]], [[[4]]]], I64)], _grad_ref(True),
             {"ksize": [1, 2, 2, 1], "strides": [1, 1, 1, 1], "padding": "VALID",
              "include_batch_in_index": True}, name="batch_index"),
    ],
    "UnravelIndex": [
        Case([np.array([1, 5, 4], I32), np.array([3, 2], I32)], _unravel_ref, name="vector"),
        Case([np.array(5, I64), np.array([3, 2], I64)], _unravel_ref, name="scalar_int64"),
        Case([np.zeros([0], I32), np.array([4], I32)], _unravel_ref, name="empty"),
    ],
    "EagerPyFunc": [
        Case([[arr((2, 3), d), arr((2, 3), d)]], lambda xs: [xs[0] * 2, xs[0] + xs[1]],
             build=lambda xs: __import__("tensorweave.ops.script_ops", fromlist=["x"]).py_function(
                 lambda a, b: (a * 2, a.numpy() + b.numpy()), xs, [xs[0].dtype] * 2),
             name=np.dtype(d).name) for d in (F32, I64)
    ],
}
