"""Kernel cases for tensorweave/ops/image_extra_ops.py: colour spaces (colorsys references),
CropAndResize (per-pixel loops), patches (window loops), non-max suppression (hand-worked
selections), boxes and codecs. tests/ops/test_image_ops_extra.py compares with values
recorded from TensorFlow."""

import colorsys
import io
import math

import numpy as np

from kernel_cases._common import F32, I32, Case, arr

try:
    from PIL import Image
except ImportError:
    Image = None

RNG = np.random.default_rng(7)


def _pixels(shape):
    return RNG.uniform(0.05, 0.95, shape).astype(F32)


def _per_pixel(x, fn):
    flat = x.reshape(-1, 3).astype(np.float64)
    return np.array([fn(*p) for p in flat], np.float64).reshape(x.shape).astype(x.dtype)


def _hue(x, delta):
    def f(r, g, b):
        h, s, v = colorsys.rgb_to_hsv(r, g, b)
        return colorsys.hsv_to_rgb((h + float(delta)) % 1.0, s, v)
    return _per_pixel(x, f)


def _saturation(x, scale):
    def f(r, g, b):
        h, s, v = colorsys.rgb_to_hsv(r, g, b)
        return colorsys.hsv_to_rgb(h, min(1.0, max(0.0, s * float(scale))), v)
    return _per_pixel(x, f)


def _bilerp(img, y, x):
    y0, x0 = math.floor(y), math.floor(x)
    y1, x1 = min(math.ceil(y), img.shape[0] - 1), min(math.ceil(x), img.shape[1] - 1)
    fy, fx = y - y0, x - x0
    top = img[y0, x0] * (1 - fx) + img[y0, x1] * fx
    bottom = img[y1, x0] * (1 - fx) + img[y1, x1] * fx
    return top * (1 - fy) + bottom * fy


def _crop_and_resize(image, boxes, box_ind, size, method="bilinear", extrapolation=0.0):
    ch, cw = int(size[0]), int(size[1])
    h, w = image.shape[1:3]
    out = np.zeros((len(boxes), ch, cw, image.shape[3]))
    for k, (y1, x1, y2, x2) in enumerate(boxes.astype(np.float64)):
        img = image[box_ind[k]].astype(np.float64)
        for i in range(ch):
            y = y1 * (h - 1) + i * (y2 - y1) * (h - 1) / (ch - 1) if ch > 1 else 0.5 * (y1 + y2) * (h - 1)
            for j in range(cw):
                x = x1 * (w - 1) + j * (x2 - x1) * (w - 1) / (cw - 1) if cw > 1 else 0.5 * (x1 + x2) * (w - 1)
                if not (0 <= y <= h - 1 and 0 <= x <= w - 1):
                    out[k, i, j] = extrapolation
                elif method == "nearest":
                    out[k, i, j] = img[int(math.floor(y + 0.5)), int(math.floor(x + 0.5))]
                else:
                    out[k, i, j] = _bilerp(img, y, x)
    return out.astype(F32)


def _patches(x, ksizes, strides, rates, padding):
    n, h, w, c = x.shape
    kh, kw = ksizes[1], ksizes[2]
    eh, ew = (kh - 1) * rates[1] + 1, (kw - 1) * rates[2] + 1
    if padding == "VALID":
        oh, ow, ph, pw = (h - eh) // strides[1] + 1, (w - ew) // strides[2] + 1, 0, 0
    else:
        oh, ow = -(-h // strides[1]), -(-w // strides[2])
        ph = max((oh - 1) * strides[1] + eh - h, 0) // 2
        pw = max((ow - 1) * strides[2] + ew - w, 0) // 2
    out = np.zeros((n, oh, ow, kh * kw * c), x.dtype)
    for i in range(oh):
        for j in range(ow):
            vals = []
            for a in range(kh):
                for b in range(kw):
                    y, xx = i * strides[1] - ph + a * rates[1], j * strides[2] - pw + b * rates[2]
                    vals.append(x[:, y, xx] if 0 <= y < h and 0 <= xx < w else np.zeros((n, c), x.dtype))
            out[:, i, j] = np.concatenate(vals, axis=1)
    return out


def _volume_patches(x, ksizes, strides, padding):
    n, d, h, w, c = x.shape
    # Fold depth into channels per depth offset: reuse the 2-D loop on each depth window.
    kd, sd = ksizes[1], strides[1]
    if padding == "VALID":
        od, pd = (d - kd) // sd + 1, 0
    else:
        od = -(-d // sd)
        pd = max((od - 1) * sd + kd - d, 0) // 2
    outs = []
    for o in range(od):
        parts = []
        for a in range(kd):
            z = o * sd - pd + a
            sl = x[:, z] if 0 <= z < d else np.zeros_like(x[:, 0])
            parts.append(_patches(sl, [1, ksizes[2], ksizes[3], 1], [1, strides[2], strides[3], 1],
                                  [1, 1, 1, 1], padding))
        k2 = ksizes[2] * ksizes[3] * c
        outs.append(np.concatenate([p.reshape(p.shape[:3] + (k2,)) for p in parts], axis=-1))
    return np.stack(outs, axis=1)


_NMS_BOXES = np.array([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11],
                       [0, 10.1, 1, 11.1], [0, 100, 1, 101]], F32)
_NMS_SCORES = np.array([0.9, 0.75, 0.6, 0.95, 0.5, 0.3], F32)


def _fixed(*values):
    return lambda *inputs: [np.asarray(v) for v in values] if len(values) > 1 else np.asarray(values[0])


def _encoded(fmt, pixels):
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, fmt)
    return np.array(buf.getvalue(), dtype=object)


_CAR_BOXES = np.array([[0.1, 0.2, 0.8, 0.9], [0.0, 0.0, 1.0, 1.0], [0.3, 0.1, 0.35, 0.7],
                       [-0.2, 0.5, 0.6, 1.3]], F32)
_DRAW_IMG = np.zeros((1, 5, 6, 3), F32)


def _draw_ref(images, boxes, colors=None):
    out = images.copy()
    table = colors if colors is not None else np.array([[1, 1, 0, 1], [0, 0, 1, 1]], F32)
    # the hand-worked boxes below: rows 1..3 x cols 1..4 in colour 0; rows 0..4 x col 5 only
    # on the right edge and top/bottom rows from col 2 in colour 1.
    out[0, 1, 1:5], out[0, 3, 1:5], out[0, 1:4, 1], out[0, 1:4, 4] = (table[0][:3],) * 4
    out[0, 0, 2:6], out[0, 4, 2:6], out[0, 0:5, 2], out[0, 0:5, 5] = (table[1][:3],) * 4
    return out


_DRAW_BOXES = np.array([[[0.25, 0.2, 0.75, 0.8], [0.0, 0.4, 1.0, 1.0]]], F32)

CASES = {
    "RGBToHSV": [Case([_pixels((2, 3, 3))], lambda x: _per_pixel(x, colorsys.rgb_to_hsv), atol=1e-5),
                 Case([_pixels((4, 3)).astype(np.float64)], lambda x: _per_pixel(x, colorsys.rgb_to_hsv),
                      atol=1e-5, name="f64")],
    "HSVToRGB": [Case([_pixels((2, 3, 3))], lambda x: _per_pixel(x, colorsys.hsv_to_rgb), atol=1e-5)],
    "AdjustHue": [Case([_pixels((2, 3, 3)), np.array(0.3, F32)], _hue, atol=1e-5),
                  Case([_pixels((1, 2, 2, 3)), np.array(-0.45, F32)], _hue, atol=1e-5, name="negative")],
    "AdjustSaturation": [Case([_pixels((2, 3, 3)), np.array(1.7, F32)], _saturation, atol=1e-5),
                         Case([_pixels((3, 2, 3)), np.array(0.2, F32)], _saturation, atol=1e-5,
                              name="lower")],
    "CropAndResize": [
        Case([_pixels((2, 5, 6, 3)), _CAR_BOXES, np.array([0, 1, 0, 1], I32), np.array([3, 4], I32)],
             _crop_and_resize, const=(3,), atol=1e-5),
        Case([_pixels((2, 5, 6, 2)), _CAR_BOXES + np.float32(0.013), np.array([1, 0, 1, 0], I32), np.array([4, 3], I32)],
             lambda i, b, k, s: _crop_and_resize(i, b, k, s, "nearest", -1.0),
             {"method": "nearest", "extrapolation_value": -1.0}, const=(3,), name="nearest"),
        Case([arr((1, 4, 4, 1), np.uint8, 0, 255), _CAR_BOXES[:2], np.array([0, 0], I32),
              np.array([1, 1], I32)], _crop_and_resize, const=(3,), atol=1e-4, name="uint8-1x1")],
    "CropAndResizeGradImage": [
        Case([np.ones((1, 2, 2, 1), F32), np.array([[0, 0, 1, 1]], F32), np.array([0], I32),
              np.array([1, 3, 3, 1], I32)],
             _fixed(np.array([1, 0, 1, 0, 0, 0, 1, 0, 1], F32).reshape(1, 3, 3, 1)), {"T": np.float32},
             const=(3,))],
    "CropAndResizeGradBoxes": [
        # image = 2*row + col: d(crop)/dy = 2 per unit of row, so d/dy1 = sum 2*(h-1)*(1 - i/(ch-1)).
        Case([np.ones((1, 2, 2, 1), F32),
              (2 * np.arange(3)[:, None] + np.arange(3)[None, :]).astype(F32).reshape(1, 3, 3, 1),
              np.array([[0.1, 0.2, 0.7, 0.6]], F32), np.array([0], I32)],
             _fixed(np.array([[2 * 2 * 2, 1 * 2 * 2, 2 * 2 * 2, 1 * 2 * 2]], F32)), atol=1e-4)],
    "ExtractImagePatches": [
        Case([arr((2, 5, 6, 3))], lambda x: _patches(x, [1, 2, 3, 1], [1, 2, 1, 1], [1, 1, 2, 1], "SAME"),
             {"ksizes": [1, 2, 3, 1], "strides": [1, 2, 1, 1], "rates": [1, 1, 2, 1], "padding": "SAME"}),
        Case([arr((1, 5, 4, 2), I32, -9, 9)],
             lambda x: _patches(x, [1, 3, 2, 1], [1, 1, 2, 1], [1, 1, 1, 1], "VALID"),
             {"ksizes": [1, 3, 2, 1], "strides": [1, 1, 2, 1], "rates": [1, 1, 1, 1], "padding": "VALID"},
             name="valid-int32")],
    "ExtractVolumePatches": [
        Case([arr((1, 3, 4, 5, 2))], lambda x: _volume_patches(x, [1, 2, 2, 3, 1], [1, 1, 2, 1, 1], "SAME"),
             {"ksizes": [1, 2, 2, 3, 1], "strides": [1, 1, 2, 1, 1], "padding": "SAME"}),
        Case([arr((2, 3, 3, 3, 1))], lambda x: _volume_patches(x, [1, 2, 2, 2, 1], [1, 1, 1, 1, 1], "VALID"),
             {"ksizes": [1, 2, 2, 2, 1], "strides": [1, 1, 1, 1, 1], "padding": "VALID"}, name="valid")],
    "NonMaxSuppressionV3": [
        Case([_NMS_BOXES, _NMS_SCORES, np.array(3, I32), np.array(0.5, F32), np.array(-np.inf, F32)],
             _fixed(np.array([3, 0, 5], I32))),
        Case([_NMS_BOXES, _NMS_SCORES, np.array(10, I32), np.array(0.5, F32), np.array(0.4, F32)],
             _fixed(np.array([3, 0], I32)), name="score-threshold")],
    "NonMaxSuppressionV4": [
        Case([_NMS_BOXES, _NMS_SCORES, np.array(5, I32), np.array(0.5, F32), np.array(0.0, F32)],
             _fixed(np.array([3, 0, 5, 0, 0], I32), np.int32(3)), {"pad_to_max_output_size": True},
             const=(2,))],
    "NonMaxSuppressionV5": [
        Case([_NMS_BOXES, _NMS_SCORES, np.array(4, I32), np.array(0.5, F32), np.array(0.0, F32),
              np.array(0.0, F32)],
             _fixed(np.array([3, 0, 5], I32), np.array([0.95, 0.9, 0.3], F32), np.int32(3)))],
    "NonMaxSuppressionWithOverlaps": [
        Case([np.array([[1, 0.7, 0.1], [0.7, 1, 0.2], [0.1, 0.2, 1]], F32), np.array([0.5, 0.9, 0.7], F32),
              np.array(3, I32), np.array(0.5, F32), np.array(-1.0, F32)], _fixed(np.array([1, 2], I32)))],
    "CombinedNonMaxSuppression": [
        Case([np.array([[[[0, 0, 1, 1]], [[0, 0.1, 1, 1.1]], [[0, 2, 1, 3]]]], F32),
              np.array([[[0.9, 0.1], [0.8, 0.7], [0.2, 0.6]]], F32), np.array(2, I32), np.array(3, I32),
              np.array(0.5, F32), np.array(0.15, F32)],
             _fixed(np.array([[[0, 0, 1, 1], [0, 0.1, 1, 1], [0, 1, 1, 1]]], F32),
                    np.array([[0.9, 0.7, 0.6]], F32), np.array([[0, 1, 1]], F32), np.array([3], I32)),
             const=(2, 3))],
    "DrawBoundingBoxes": [Case([_DRAW_IMG, _DRAW_BOXES], _draw_ref)],
    "DrawBoundingBoxesV2": [
        Case([_DRAW_IMG, _DRAW_BOXES, np.array([[0.2, 0.4, 0.6], [0.1, 0.3, 0.5]], F32)],
             lambda i, b, c: _draw_ref(i, b, c))],
    "ExtractGlimpse": [
        Case([np.arange(80, dtype=F32).reshape(1, 8, 10, 1), np.array([3, 2], I32), np.array([[2.5, 3.0]], F32)],
             _fixed(np.array([[12, 13], [22, 23], [32, 33]], F32).reshape(1, 3, 2, 1)),
             {"centered": False, "normalized": False}, const=(1,))],
}


def _check_sample(outputs, inputs):
    begin, size, boxes = (np.asarray(o) for o in outputs)
    assert begin.shape == (3,) and size.shape == (3,) and boxes.shape == (1, 1, 4)
    assert begin[2] == 0 and size[2] == -1
    assert 0 <= begin[0] and begin[0] + size[0] <= 40 and 0 <= begin[1] and begin[1] + size[1] <= 50


CASES["SampleDistortedBoundingBoxV2"] = [
    Case([np.array([40, 50, 3], I32), np.array([[[0.1, 0.1, 0.9, 0.9]]], F32), np.array(0.1, F32)],
         None, {"seed": 3, "seed2": 4}, check=_check_sample)]

if Image is not None:
    _GRAY = (np.arange(48, dtype=np.uint8).reshape(4, 4, 3) * 5)
    CASES["DecodeBmp"] = [Case([_encoded("BMP", _GRAY)], lambda c: _GRAY)]
    CASES["DecodeGif"] = [Case([_encoded("GIF", np.full((3, 2, 3), 200, np.uint8))],
                               lambda c: np.full((1, 3, 2, 3), 200, np.uint8))]
    _JPEG = _encoded("JPEG", np.full((6, 5, 3), 128, np.uint8))
    CASES["ExtractJpegShape"] = [Case([_JPEG], lambda c: np.array([6, 5, 3], I32))]
    CASES["DecodeAndCropJpeg"] = [Case([_JPEG, np.array([1, 1, 3, 2], I32)],
                                       lambda c, w: np.full((3, 2, 3), 128, np.uint8), const=(1,), atol=2)]

    def _check_jpeg(outputs, inputs):
        data = bytes(np.asarray(outputs[0]).item())
        assert data[:3] == b"\xff\xd8\xff"

    CASES["EncodeJpegVariableQuality"] = [
        Case([np.full((4, 4, 3), 100, np.uint8), np.array(50, I32)], None, check=_check_jpeg)]
    EXEMPT = {}
else:
    EXEMPT = {name: "needs Pillow; tests/ops/test_image_ops_extra.py skips alike" for name in (
        "DecodeBmp", "DecodeGif", "ExtractJpegShape", "DecodeAndCropJpeg", "EncodeJpegVariableQuality")}
