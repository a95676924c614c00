"""Kernel cases for tensorweave/ops/image_ops.py (codecs, resizing) and script_ops.py (PyFunc).

Resize references are direct per-pixel loops over TF's sampling rules (or cases whose result
is known exactly: identity sizes, 2x2 block means); tests/ops/test_image_ops.py compares the
kernels with values recorded from TensorFlow.
"""

import io
import math

import numpy as np

from kernel_cases._common import F32, F64, I32, Case, arr
from tensorweave.summary.encoding import encode_png as _reference_png

try:
    from PIL import Image
except ImportError:  # the codec kernels need Pillow; without it they are exempt below
    Image = None

U8 = np.uint8


def _bilinear_loop(x, h, w, half_pixel):
    """TF's ResizeBilinear (align_corners=False) by its definition, one pixel at a time."""
    n, ih, iw, c = x.shape
    out = np.zeros((n, h, w, c))
    sy, sx = ih / h, iw / w

    def source(i, scale, size):
        s = (i + 0.5) * scale - 0.5 if half_pixel else i * scale
        lo = math.floor(s)
        return max(lo, 0), min(math.ceil(s), size - 1), s - lo

    for y in range(h):
        y0, y1, fy = source(y, sy, ih)
        for xx in range(w):
            x0, x1, fx = source(xx, sx, iw)
            top = x[:, y0, x0] * (1 - fx) + x[:, y0, x1] * fx
            bottom = x[:, y1, x0] * (1 - fx) + x[:, y1, x1] * fx
            out[:, y, xx] = top * (1 - fy) + bottom * fy
    return out.astype(np.float32)


def _block_mean(x):
    n, h, w, c = x.shape
    return x.astype(np.float64).reshape(n, h // 2, 2, w // 2, 2, c).mean(axis=(2, 4)).astype(np.float32)


def _size(h, w):
    return np.array([h, w], I32)


def _same(x, size):
    return x.astype(np.float32)


def _resize_cases(extra):
    identity = [Case([arr((2, 3, 4, 2), d, 0, 9), _size(3, 4)], _same, {"align_corners": a},
                     const=(1,), rtol=1e-6, atol=1e-5, name="identity-%s-%s" % (np.dtype(d).name, a))
                for d in (F32, F64, U8, I32) for a in (False, True)]
    return identity + extra


RESIZE_BILINEAR = _resize_cases([
    Case([arr((2, 3, 4, 2), F32), _size(5, 7)], lambda x, s: _bilinear_loop(x, 5, 7, False),
         const=(1,), atol=1e-5, name="up"),
    Case([arr((1, 4, 6, 3), F64), _size(3, 4)], lambda x, s: _bilinear_loop(x, 3, 4, False),
         const=(1,), atol=1e-5, name="down-f64"),
    Case([arr((1, 3, 5, 1), F32), _size(7, 2)], lambda x, s: _bilinear_loop(x, 7, 2, True),
         {"half_pixel_centers": True}, const=(1,), atol=1e-5, name="half-pixel"),
    Case([arr((2, 4, 6, 1), F32), _size(2, 3)], lambda x, s: _block_mean(x),
         {"half_pixel_centers": True}, const=(1,), atol=1e-5, name="half-pixel-halving"),
])
RESIZE_AREA = _resize_cases([
    Case([arr((2, 4, 6, 3), F32), _size(2, 3)], lambda x, s: _block_mean(x), const=(1,),
         atol=1e-5, name="halving"),
    Case([arr((1, 4, 4, 1), U8, 0, 255), _size(2, 2)], lambda x, s: _block_mean(x), const=(1,),
         atol=1e-4, name="halving-uint8"),
])
RESIZE_BICUBIC = _resize_cases([
    Case([arr((1, 4, 6, 2), F32), _size(2, 3)], lambda x, s: x[:, ::2, ::2].astype(np.float32),
         const=(1,), atol=1e-5, name="legacy-halving-samples-grid"),
])


def _nearest(x, size, align=False):
    h, w = int(size[0]), int(size[1])
    ih, iw = x.shape[1:3]
    if align:
        ys = [min(math.floor(i * (ih - 1) / (h - 1) + 0.5), ih - 1) for i in range(h)]
        xs = [min(math.floor(i * (iw - 1) / (w - 1) + 0.5), iw - 1) for i in range(w)]
    else:
        ys = [min(math.floor(i * ih / h), ih - 1) for i in range(h)]
        xs = [min(math.floor(i * iw / w), iw - 1) for i in range(w)]
    return x[:, ys][:, :, xs]


RESIZE_NEAREST = [
    Case([arr((2, 3, 4, 2), d), _size(h, w)], lambda x, s: _nearest(x, s), const=(1,),
         name="%s-%dx%d" % (np.dtype(d).name, h, w))
    for d in (F32, I32, U8) for h, w in ((6, 8), (2, 3), (5, 5))
] + [Case([arr((1, 3, 5, 1), F64), _size(4, 9)], lambda x, s: _nearest(x, s, True),
          {"align_corners": True}, const=(1,), name="align")]


def _nearest_grad(g, size):
    """Scatter-add of the upsampling-by-2 gradient: each input pixel gets its 2x2 block."""
    n, h, w, c = g.shape
    return g.reshape(n, h // 2, 2, w // 2, 2, c).sum(axis=(2, 4)).astype(g.dtype)


RESIZE_NEAREST_GRAD = [
    Case([arr((2, 4, 6, 3), d), _size(2, 3)], _nearest_grad, const=(1,), name=np.dtype(d).name)
    for d in (F32, F64, I32)
] + [Case([arr((1, 2, 2, 1), F32), _size(4, 4)],
          lambda g, s: np.pad(g, [[0, 0], [0, 2], [0, 2], [0, 0]])[:, [0, 2, 1, 3]][:, :, [0, 2, 1, 3]],
          const=(1,), name="downsampled")]


def _grad_identity(g, original):
    return g.astype(original.dtype)


RESIZE_LINEAR_GRAD = [
    Case([arr((2, 3, 4, 2), F32), arr((2, 3, 4, 2), d)], _grad_identity, {"align_corners": a},
         atol=1e-6, name="identity-%s-%s" % (np.dtype(d).name, a))
    for d in (F32, F64) for a in (False, True)
]


def _halving_grad(g, original):
    """Transpose of the 2x2 block mean: every input pixel gets a quarter of its block's grad."""
    return (np.repeat(np.repeat(g, 2, axis=1), 2, axis=2) / 4).astype(original.dtype)


RESIZE_BILINEAR_GRAD = RESIZE_LINEAR_GRAD + [
    Case([arr((1, 2, 3, 2), F32), arr((1, 4, 6, 2), F32)], _halving_grad,
         {"half_pixel_centers": True}, atol=1e-6, name="half-pixel-halving")]


def _contrast(x, f):
    mean = x.astype(np.float64).mean(axis=(-3, -2), keepdims=True)
    return ((x - mean) * float(f) + mean).astype(x.dtype)


ADJUST_CONTRAST = [
    Case([arr(s, F32, 0, 1), np.float32(f)], _contrast, rtol=1e-5, atol=1e-6,
         name="%s-%s" % (s, f))
    for s, f in (((4, 5, 3), 1.5), ((2, 3, 4, 1), 0.3), ((2, 1, 2, 2, 3), -1.0))
]


def _py_func(stateful):
    def build(xs):
        from tensorweave.ops.script_ops import py_func

        return py_func(lambda a, b: (a * 2, (a + b).astype(a.dtype)), xs, [xs[0].dtype] * 2,
                       stateful=stateful)
    return [Case([[arr((2, 3), d), arr((2, 3), d)]], lambda xs: [xs[0] * 2, xs[0] + xs[1]],
                 build=build, name=np.dtype(d).name) for d in (F32, F64, I32)]


CASES = {
    "ResizeBilinear": RESIZE_BILINEAR,
    "ResizeArea": RESIZE_AREA,
    "ResizeBicubic": RESIZE_BICUBIC,
    "ResizeNearestNeighbor": RESIZE_NEAREST,
    "ResizeNearestNeighborGrad": RESIZE_NEAREST_GRAD,
    "ResizeBilinearGrad": RESIZE_BILINEAR_GRAD,
    "ResizeBicubicGrad": RESIZE_LINEAR_GRAD,
    "AdjustContrastv2": ADJUST_CONTRAST,
    "PyFunc": _py_func(True),
    "PyFuncStateless": _py_func(False),
}
EXEMPT = {}

_PIXELS = [arr((5, 7, c), U8, 0, 255) for c in (1, 3, 4)]


def _png_bytes(image):
    return np.array(_reference_png(image))


def _decoded_by_pillow(outputs, inputs):
    for out, image in zip(outputs, inputs):
        decoded = np.asarray(Image.open(io.BytesIO(out)))
        np.testing.assert_array_equal(decoded.reshape(image.shape), image)


def _jpeg_close(outputs, inputs):
    out = outputs[0]
    assert out.dtype == U8 and out.shape == (8, 8, 3)
    assert np.abs(out.astype(int) - 120).max() <= 2


def _jpeg_decodes(outputs, inputs):
    decoded = np.asarray(Image.open(io.BytesIO(outputs[0])))
    assert decoded.shape == (8, 8, 3) and np.abs(decoded.astype(int) - 120).max() <= 2


if Image is not None:
    _jpeg = io.BytesIO()
    Image.fromarray(np.full((8, 8, 3), 120, U8)).save(_jpeg, "JPEG", quality=95)
    CASES.update({
        "DecodePng": [Case([_png_bytes(p)], lambda s, p=p: p, name="c%d" % p.shape[2])
                      for p in _PIXELS],
        "DecodeImage": [Case([_png_bytes(p)], lambda s, p=p: p, {"expand_animations": False},
                             name="c%d" % p.shape[2]) for p in _PIXELS],
        "EncodePng": [Case([p], None, check=_decoded_by_pillow, name="c%d" % p.shape[2])
                      for p in _PIXELS],
        "DecodeJpeg": [Case([np.array(_jpeg.getvalue())], None, check=_jpeg_close)],
        "EncodeJpeg": [Case([np.full((8, 8, 3), 120, U8)], None, check=_jpeg_decodes)],
    })
else:
    EXEMPT.update({op: "needs Pillow (pip install tensorweave[image]), not installed here"
                   for op in ("DecodePng", "DecodeImage", "EncodePng", "DecodeJpeg", "EncodeJpeg")})
