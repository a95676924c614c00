"""More of `tf.image`: colour-space ops (RGBToHSV, AdjustHue, ...), CropAndResize, patches,
non-max suppression, box drawing and sampling, glimpses, BMP/GIF decoding, and the composites
TF builds from primitives (random augmentations, rot90, yiq/yuv, psnr, ssim, sobel, ...).

Kernels compute in float32 as TF's CPU kernels do; composites emit the same ops as TF 2.21's
graph mode (`tf.compat.v1.image`) so names, dtypes and static shapes agree.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import errors, tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import image_ops as _img
from tensorweave.ops import random_ops as _random

_convert = _ops.convert_to_tensor
_dims = _img._dims
_invalid = _img._invalid
_shape_text = _img._shape_text
_no_gradient = _img._no_gradient
_F32 = np.float32


def _op(op_type, *inputs, name=None, **attrs):
    return apply_op(op_type, list(inputs), attrs, name=name)


def _rank(t, n, what=""):
    d = _dims(t)
    if d is not None and len(d) != n:
        raise ValueError("Shape must be rank %d but is rank %d%s" % (n, len(d), what))
    return d if d is not None else [None] * n


def _merge_dim(a, b, what):
    if a is not None and b is not None and a != b:
        raise ValueError("Dimensions must be equal, but are %d and %d%s" % (a, b, what))
    return a if a is not None else b


def _const_int(t):
    v = tensor_util.constant_value(t)
    return None if v is None else int(np.asarray(v).reshape(-1)[0]) if np.size(v) == 1 else None


# ============================================================ colour spaces
def _rgb_to_hsv(rgb):
    """[..., 3] -> (h in [0, 1), s, v), TF's CPU formulas, in rgb's dtype (float32/64)."""
    t = rgb.dtype.type
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    v = np.maximum(np.maximum(r, g), b)
    span = v - np.minimum(np.minimum(r, g), b)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(v > 0, span / v, t(0)).astype(t)
        norm = t(1) / (t(6) * span)
        h = np.where(r == v, norm * (g - b),
                     np.where(g == v, norm * (b - r) + t(2.0 / 6.0),
                              norm * (r - g) + t(4.0 / 6.0)))
    h = np.where(span > 0, h, t(0))
    h = np.where(h < 0, h + t(1), h).astype(t)
    return h, s, v.astype(t)


def _hsv_to_rgb(h, s, v):
    """TF's HSVToRGB formulas: piecewise-linear channel ramps of 6h."""
    t = h.dtype.type
    dh = h * t(6)
    dr = np.clip(np.abs(dh - t(3)) - t(1), 0, 1)
    dg = np.clip(t(2) - np.abs(dh - t(2)), 0, 1)
    db = np.clip(t(2) - np.abs(dh - t(4)), 0, 1)
    one_minus_s = t(1) - s
    return np.stack([(one_minus_s + s * c) * v for c in (dr, dg, db)], axis=-1).astype(t)


def _work(images):
    return images.astype(np.float64 if images.dtype == np.float64 else _F32)


def _hsv_to_rgb_sector(h, s, v):
    """AdjustHue/AdjustSaturation's conversion back: by hue sector (h in [0, 1))."""
    c = s * v
    m = v - c
    dh = h * _F32(6)
    sector = dh.astype(np.int64)
    x = c * (_F32(1) - np.abs(np.mod(dh, _F32(2)) - _F32(1)))
    zero = np.zeros_like(c)
    table = [(c, x, zero), (x, c, zero), (zero, c, x), (zero, x, c), (x, zero, c), (c, zero, x)]
    out = []
    for ch in range(3):
        val = zero
        for k, row in enumerate(table):
            val = np.where(sector == k, row[ch], val)
        out.append(val + m)
    return np.stack(out, axis=-1).astype(_F32)


def _channels_shape(images, what="images"):
    d = _dims(images)
    if d is None:
        return TensorShape(None)
    if len(d) < 1:
        raise ValueError("Shape must be at least rank 1 but is rank 0")
    if d[-1] is not None and d[-1] != 3:
        raise ValueError("Dimension must be 3 but is %d" % d[-1])
    return TensorShape(d[:-1] + [3])


def _check_channels(images, what="input"):
    if images.ndim < 1 or images.shape[-1] != 3:
        raise _invalid("%s must have 3 channels but input has %d channels."
                       % (what, images.shape[-1] if images.ndim else 0))


_FLOATS = "{half, bfloat16, float, double}"


@register_op("RGBToHSV", inputs=["images: T"], outputs=["output: T"],
             attrs=["T: %s = DT_FLOAT" % _FLOATS])
class RGBToHSV(OpDef):
    def shape(self, images):
        return _channels_shape(images)

    def kernel(self, images):
        _check_channels(images)
        h, s, v = _rgb_to_hsv(_work(images))
        return np.stack([h, s, v], axis=-1).astype(images.dtype)

    def grad(self, op, grad):
        return [_rgb_to_hsv_grad(op.inputs[0], grad)]


@register_op("HSVToRGB", inputs=["images: T"], outputs=["output: T"],
             attrs=["T: %s = DT_FLOAT" % _FLOATS])
class HSVToRGB(OpDef):
    grad = None  # TF: not differentiable

    def shape(self, images):
        return _channels_shape(images)

    def kernel(self, images):
        _check_channels(images)
        x = _work(images)
        return _hsv_to_rgb(x[..., 0], x[..., 1], x[..., 2]).astype(images.dtype)


def _rgb_to_hsv_grad(rgb, grad):
    """d(h, s, v)/d(r, g, b) by the branch each pixel takes: v = max, s = (v - min) / v,
    h = (c1 - c2) / (6 (v - min)) + const; zero where the range or the value is zero."""
    from tensorweave.ops import math_ops as m

    dtype = rgb.dtype.base_dtype
    r, g, b = _op("Unpack", rgb, num=3, axis=-1)
    ge = lambda a, c: _op("GreaterEqual", a, c)
    band = lambda a, c: _op("LogicalAnd", a, c)
    r_max = band(ge(r, g), ge(r, b))
    g_max = band(_op("LogicalNot", r_max), ge(g, b))
    b_max = band(_op("LogicalNot", r_max), _op("LogicalNot", g_max))
    r_min = band(_op("Less", r, g), _op("Less", r, b))
    g_min = band(_op("LogicalNot", r_min), _op("Less", g, b))
    b_min = band(_op("LogicalNot", r_min), _op("LogicalNot", g_min))
    f = lambda t: m.cast(t, dtype)
    mx = _op("Pack", [f(r_max), f(g_max), f(b_max)], axis=-1)
    mn = _op("Pack", [f(r_min), f(g_min), f(b_min)], axis=-1)
    rotation = np.array([[0, 1, -1], [-1, 0, 1], [1, -1, 0]], dtype.as_numpy_dtype)
    dnum = _op("Sum", _op("Mul", _op("ExpandDims", mx, np.int32(-1)), rotation),
               np.int32(-2), keep_dims=False)
    v = _op("Sum", _op("Mul", mx, rgb), np.int32(-1), keep_dims=True)
    lo = _op("Sum", _op("Mul", mn, rgb), np.int32(-1), keep_dims=True)
    span = _op("Sub", v, lo)
    num = _op("Sum", _op("Mul", dnum, rgb), np.int32(-1), keep_dims=True)
    gh, gs, gv = (_op("ExpandDims", t, np.int32(-1)) for t in _op("Unpack", grad, num=3, axis=-1))
    # dh = (dnum * span - num * (mx - mn)) / (6 span^2)
    dh = _op("DivNoNan", _op("Sub", _op("Mul", dnum, span), _op("Mul", num, _op("Sub", mx, mn))),
             _op("Mul", _op("Square", span), np.array(6, dtype.as_numpy_dtype)))
    # ds = (lo * mx - v * mn) / v^2
    ds = _op("DivNoNan", _op("Sub", _op("Mul", lo, mx), _op("Mul", v, mn)), _op("Square", v))
    return _op("AddN", [_op("Mul", gh, dh), _op("Mul", gs, ds), _op("Mul", gv, mx)])


class _AdjustColor(OpDef):
    def shape(self, images, factor):
        _img._rank_at_least(images, 3)
        _img._scalar_input(factor)
        d = _dims(images)
        if d is not None and d[-1] is not None and d[-1] != 3:
            raise ValueError("Dimension must be 3 but is %d" % d[-1])
        return images.shape

    def check(self, images, factor):
        if images.ndim < 3:
            raise _invalid("input must be at least 3-D, got shape%s" % _shape_text(images.shape))
        if np.ndim(factor) != 0:
            raise _invalid("delta must be scalar: %s" % _shape_text(np.shape(factor)))
        if images.shape[-1] != 3:
            raise _invalid("input must have 3 channels but instead has %d channels."
                           % images.shape[-1])


@register_op("AdjustHue", inputs=["images: T", "delta: float"], outputs=["output: T"],
             attrs=["T: {half, float} = DT_FLOAT"])
class AdjustHue(_AdjustColor):
    grad = staticmethod(_no_gradient)  # TF registers no gradient

    def kernel(self, images, delta):
        self.check(images, delta)
        h, s, v = _rgb_to_hsv(images.astype(_F32))
        h = np.mod(h + _F32(delta), _F32(1)).astype(_F32)
        return _hsv_to_rgb_sector(h, s, v).astype(images.dtype)


@register_op("AdjustSaturation", inputs=["images: T", "scale: float"], outputs=["output: T"],
             attrs=["T: {half, float} = DT_FLOAT"])
class AdjustSaturation(_AdjustColor):
    grad = staticmethod(_no_gradient)  # TF registers no gradient

    def kernel(self, images, scale):
        self.check(images, scale)
        h, s, v = _rgb_to_hsv(images.astype(_F32))
        s = np.clip(s * _F32(scale), _F32(0), _F32(1)).astype(_F32)
        return _hsv_to_rgb_sector(h, s, v).astype(images.dtype)


@tf_export("image.rgb_to_hsv")
def rgb_to_hsv(images, name=None):
    return _op("RGBToHSV", _convert(images, name="images"), name=name)


@tf_export("image.hsv_to_rgb")
def hsv_to_rgb(images, name=None):
    return _op("HSVToRGB", _convert(images, name="images"), name=name)


def _float_for_adjust(image):
    orig = image.dtype.base_dtype
    if orig in (_dtypes.float16, _dtypes.float32):
        return orig, image
    return orig, _img.convert_image_dtype(image, _dtypes.float32)


def _adjust_in_float(image, op_type, value, value_name, name, scope_name):
    """`op_type` (a float32 kernel) applied to `image` with the scalar `value`, in the image's
    own dtype (other dtypes go through float32 and back, as TF does)."""
    with name_scope(name, scope_name, [image]):
        image = _convert(image, name="image")
        orig, flt = _float_for_adjust(image)
        with name_scope(op_type) as scope:
            value = _convert(value, _dtypes.float32, name=value_name)
            out = _op(op_type, flt, value, name=scope)
        return _img.convert_image_dtype(out, orig)


@tf_export("image.adjust_hue")
def adjust_hue(image, delta, name=None):
    return _adjust_in_float(image, "AdjustHue", delta, "delta", name, "adjust_hue")


@tf_export("image.adjust_saturation")
def adjust_saturation(image, saturation_factor, name=None):
    return _adjust_in_float(image, "AdjustSaturation", saturation_factor, "scale", name,
                            "adjust_saturation")


@tf_export("image.adjust_gamma")
def adjust_gamma(image, gamma=1, gain=1):
    with name_scope(None, "adjust_gamma", [image, gamma, gain]):
        image = _convert(image, name="image")
        orig, flt = _float_for_adjust(image)
        if not isinstance(gamma, _ops.Tensor) and gamma < 0:
            raise ValueError("Gamma should be a non-negative real number.")
        if isinstance(gamma, _ops.Tensor):
            from tensorweave.ops import control_flow_ops, logging_array_ops, math_ops as m

            check = logging_array_ops.Assert(m.greater_equal(gamma, 0),
                                             ["Gamma should be a non-negative real number."])
            gamma = control_flow_ops.with_dependencies([check], gamma)
        # gain * image ** gamma, converting the Python numbers to the image's float dtype
        adjusted = gain * flt ** gamma
        return _img.convert_image_dtype(adjusted, orig, saturate=True)


# Colour matrices (rows: input channels), as TF defines them.
_RGB_TO_YIQ = [[0.299, 0.59590059, 0.2115], [0.587, -0.27455667, -0.52273617],
               [0.114, -0.32134392, 0.31119955]]
_YIQ_TO_RGB = [[1, 1, 1], [0.95598634, -0.27201283, -1.10674021],
               [0.6208248, -0.64720424, 1.70423049]]
_RGB_TO_YUV = [[0.299, -0.14714119, 0.61497538], [0.587, -0.28886916, -0.51496512],
               [0.114, 0.43601035, -0.10001026]]
_YUV_TO_RGB = [[1, 1, 1], [0, -0.394642334, 2.03206185], [1.13988303, -0.58062185, 0]]


def _color_matrix(images, matrix):
    from tensorweave.ops import constant_op, linalg_ops

    images = _convert(images, name="images")
    kernel = constant_op.constant(matrix, dtype=images.dtype.base_dtype, name="kernel")
    d = _dims(images)
    if d is None:
        raise ValueError("'images' must have a known rank.")
    return linalg_ops.tensordot(images, kernel, axes=[[len(d) - 1], [0]])


@tf_export("image.rgb_to_yiq")
def rgb_to_yiq(images):
    return _color_matrix(images, _RGB_TO_YIQ)


@tf_export("image.yiq_to_rgb")
def yiq_to_rgb(images):
    return _color_matrix(images, _YIQ_TO_RGB)


@tf_export("image.rgb_to_yuv")
def rgb_to_yuv(images):
    return _color_matrix(images, _RGB_TO_YUV)


@tf_export("image.yuv_to_rgb")
def yuv_to_rgb(images):
    return _color_matrix(images, _YUV_TO_RGB)


# ============================================================ crop_and_resize
_CAR_TYPES = "uint8, uint16, int8, int16, int32, int64, half, float, double"


def _car_check(image_shape, boxes, box_index, crop_size=None):
    batch = image_shape[0]
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise _invalid("boxes must be 2-D [num_boxes, 4]: %s" % _shape_text(boxes.shape))
    if box_index.ndim != 1 or box_index.shape[0] != boxes.shape[0]:
        raise _invalid("box_index has incompatible shape")
    if crop_size is not None:
        if crop_size.shape != (2,):
            raise _invalid("crop_size must be a length-2 vector, got %s" % _shape_text(crop_size.shape))
        if int(crop_size[0]) <= 0 or int(crop_size[1]) <= 0:
            raise _invalid("crop dimensions must be positive")
    if box_index.size and (box_index.min() < 0 or box_index.max() >= batch):
        raise errors.OutOfRangeError(None, None, "box_index has values outside [0, batch_size)")


def _car_coords(lo, hi, n_in, n_out):
    """Source coordinates [num_boxes, n_out] along one axis, and d(coord)/d(lo), d/d(hi)."""
    lo, hi = lo.astype(_F32)[:, None], hi.astype(_F32)[:, None]
    span = _F32(n_in - 1)
    if n_out > 1:
        i = np.arange(n_out, dtype=_F32)[None, :]
        scale = (hi - lo) * span / _F32(n_out - 1)
        coords = lo * span + i * scale
        d_hi = span * i / _F32(n_out - 1)
        d_lo = span - d_hi
    else:
        coords = _F32(0.5) * (lo + hi) * span
        d_lo = d_hi = np.full((1, 1), _F32(0.5) * span, _F32)
    inside = (coords >= 0) & (coords <= span)
    return coords.astype(_F32), inside, np.broadcast_to(d_lo, coords.shape), \
        np.broadcast_to(d_hi, coords.shape)


def _bilinear_corners(img, b, ys, xs, h, w):
    """The four neighbours of each sample point (rows ys, columns xs, clamped into the image)
    and the fractional offsets: (top-left, top-right, bottom-left, bottom-right, fy, fx)."""
    y0 = np.clip(np.floor(ys), 0, h - 1).astype(np.int64)
    y1 = np.clip(np.ceil(ys), 0, h - 1).astype(np.int64)
    x0 = np.clip(np.floor(xs), 0, w - 1).astype(np.int64)
    x1 = np.clip(np.ceil(xs), 0, w - 1).astype(np.int64)
    fy = (ys - np.floor(ys)).astype(_F32)[:, :, None, None]
    fx = (xs - np.floor(xs)).astype(_F32)[:, None, :, None]
    return (img[b, y0[:, :, None], x0[:, None, :]], img[b, y0[:, :, None], x1[:, None, :]],
            img[b, y1[:, :, None], x0[:, None, :]], img[b, y1[:, :, None], x1[:, None, :]], fy, fx)

def _car_sample(image, boxes, box_index, ch, cw, method, extrapolation_value):
    h, w = image.shape[1], image.shape[2]
    ys, y_in, _, _ = _car_coords(boxes[:, 0], boxes[:, 2], h, ch)
    xs, x_in, _, _ = _car_coords(boxes[:, 1], boxes[:, 3], w, cw)
    img = image.astype(_F32)
    b = box_index.astype(np.int64)[:, None, None]
    if method == "nearest":
        # NOTE: roundf rounds halves away from zero.
        yi = np.clip(np.floor(ys + _F32(0.5)), 0, h - 1).astype(np.int64)
        xi = np.clip(np.floor(xs + _F32(0.5)), 0, w - 1).astype(np.int64)
        out = img[b, yi[:, :, None], xi[:, None, :]]
    else:
        tl, tr, bl, br, fy, fx = _bilinear_corners(img, b, ys, xs, h, w)
        top = tl + (tr - tl) * fx
        bottom = bl + (br - bl) * fx
        out = top + (bottom - top) * fy
    mask = (y_in[:, :, None] & x_in[:, None, :])[..., None]
    return np.where(mask, out, _F32(extrapolation_value)).astype(_F32)


def _crop_size_dims(crop_size):
    _rank(crop_size, 1)
    v = tensor_util.constant_value(crop_size)
    return [None, None] if v is None else [int(x) for x in np.reshape(v, [-1])]


@register_op("CropAndResize", inputs=["image: T", "boxes: float", "box_ind: int32",
                                      "crop_size: int32"],
             outputs=["crops: float"],
             attrs=["T: {%s}" % _CAR_TYPES, "method: {'bilinear', 'nearest'} = 'bilinear'",
                    "extrapolation_value: float = 0"])
class CropAndResize(OpDef):
    def shape(self, image, boxes, box_ind, crop_size):
        d = _rank(image, 4)
        bd = _rank(boxes, 2)
        _merge_dim(bd[1], 4, "")
        n = _merge_dim(bd[0], _rank(box_ind, 1)[0], "")
        ch, cw = _crop_size_dims(crop_size)
        return TensorShape([n, ch, cw, d[3]])

    def kernel(self, image, boxes, box_ind, crop_size, *, method, extrapolation_value):
        if image.ndim != 4:
            raise _invalid("input image must be 4-D%s" % _shape_text(image.shape))
        _car_check(image.shape, boxes, box_ind, crop_size)
        if image.shape[1] <= 0 or image.shape[2] <= 0:
            raise _invalid("image dimensions must be positive")
        return _car_sample(image, boxes, box_ind, int(crop_size[0]), int(crop_size[1]), method,
                           extrapolation_value)

    def grad(self, op, grad):
        image, boxes, box_ind = op.inputs[0], op.inputs[1], op.inputs[2]
        d = _dims(image)
        if d is not None and None not in d:
            image_shape = np.array(d, np.int32)
        else:
            image_shape = _op("Shape", image, out_type=_dtypes.int32)
        t = image.dtype.base_dtype
        if t in (_dtypes.float16, _dtypes.float32, _dtypes.float64):
            g_image = _op("CropAndResizeGradImage", grad, boxes, box_ind, image_shape, T=t,
                          method=op.get_attr("method"))
        else:
            g_image = None
        g_boxes = _op("CropAndResizeGradBoxes", grad, image, boxes, box_ind)
        return [g_image, g_boxes, None, None]


@register_op("CropAndResizeGradImage", inputs=["grads: float", "boxes: float", "box_ind: int32",
                                               "image_size: int32"],
             outputs=["output: T"],
             attrs=["T: {float, half, double}", "method: {'bilinear', 'nearest'} = 'bilinear'"])
class CropAndResizeGradImage(OpDef):
    grad = staticmethod(_no_gradient)  # TF registers no gradient

    def shape(self, grads, boxes, box_ind, image_size):
        _rank(grads, 4)
        v = tensor_util.constant_value(image_size)
        if v is None:
            return TensorShape([None] * 4)
        return TensorShape([int(x) for x in np.reshape(v, [-1])])

    def kernel(self, grads, boxes, box_ind, image_size, *, T, method):
        if image_size.shape != (4,):
            raise _invalid("image_size must be a 4-element vector")
        n, h, w, c = (int(x) for x in image_size)
        _car_check((n, h, w, c), boxes, box_ind)
        ch, cw = grads.shape[1], grads.shape[2]
        ys, y_in, _, _ = _car_coords(boxes[:, 0], boxes[:, 2], h, ch)
        xs, x_in, _, _ = _car_coords(boxes[:, 1], boxes[:, 3], w, cw)
        g = grads.astype(np.float64) * (y_in[:, :, None] & x_in[:, None, :])[..., None]
        out = np.zeros((n, h, w, c), np.float64)
        b = np.broadcast_to(box_ind.astype(np.int64)[:, None, None], g.shape[:3])
        if method == "nearest":
            yi = np.clip(np.floor(ys + _F32(0.5)), 0, h - 1).astype(np.int64)
            xi = np.clip(np.floor(xs + _F32(0.5)), 0, w - 1).astype(np.int64)
            yy, xx = np.broadcast_arrays(yi[:, :, None], xi[:, None, :])
            np.add.at(out, (b, yy, xx), g)
        else:
            fy = (ys - np.floor(ys))[:, :, None, None]
            fx = (xs - np.floor(xs))[:, None, :, None]
            y0 = np.clip(np.floor(ys), 0, h - 1).astype(np.int64)
            y1 = np.clip(np.ceil(ys), 0, h - 1).astype(np.int64)
            x0 = np.clip(np.floor(xs), 0, w - 1).astype(np.int64)
            x1 = np.clip(np.ceil(xs), 0, w - 1).astype(np.int64)
            for yv, wy in ((y0, 1 - fy), (y1, fy)):
                for xv, wx in ((x0, 1 - fx), (x1, fx)):
                    yy, xx = np.broadcast_arrays(yv[:, :, None], xv[:, None, :])
                    np.add.at(out, (b, yy, xx), g * wy * wx)
        return out.astype(T.as_numpy_dtype)


@register_op("CropAndResizeGradBoxes", inputs=["grads: float", "image: T", "boxes: float",
                                               "box_ind: int32"],
             outputs=["output: float"],
             attrs=["T: {%s}" % _CAR_TYPES, "method: {'bilinear'} = 'bilinear'"])
class CropAndResizeGradBoxes(OpDef):
    grad = staticmethod(_no_gradient)  # TF registers no gradient

    def shape(self, grads, image, boxes, box_ind):
        _rank(grads, 4)
        _rank(image, 4)
        return boxes.shape.merge_with(TensorShape([None, 4])) if boxes.shape.ndims is not None \
            else TensorShape([None, 4])

    def kernel(self, grads, image, boxes, box_ind):
        _car_check(image.shape, boxes, box_ind)
        h, w = image.shape[1], image.shape[2]
        ch, cw = grads.shape[1], grads.shape[2]
        ys, y_in, dy_lo, dy_hi = _car_coords(boxes[:, 0], boxes[:, 2], h, ch)
        xs, x_in, dx_lo, dx_hi = _car_coords(boxes[:, 1], boxes[:, 3], w, cw)
        img = image.astype(_F32)
        b = box_ind.astype(np.int64)[:, None, None]
        tl, tr, bl, br, fy, fx = _bilinear_corners(img, b, ys, xs, h, w)
        top = tl + (tr - tl) * fx
        bottom = bl + (br - bl) * fx
        d_y = ((bottom - top) * grads).sum(-1)
        d_x = (((tr - tl) * (1 - fy) + (br - bl) * fy) * grads).sum(-1)
        mask = y_in[:, :, None] & x_in[:, None, :]
        d_y, d_x = np.where(mask, d_y, 0), np.where(mask, d_x, 0)
        if h <= 1:
            d_y = np.zeros_like(d_y)
        if w <= 1:
            d_x = np.zeros_like(d_x)
        out = np.stack([(d_y * dy_lo[:, :, None]).sum((1, 2)), (d_x * dx_lo[:, None, :]).sum((1, 2)),
                        (d_y * dy_hi[:, :, None]).sum((1, 2)), (d_x * dx_hi[:, None, :]).sum((1, 2))],
                       axis=1)
        return out.astype(_F32)


@tf_export("image.crop_and_resize")
def crop_and_resize(image, boxes, box_ind=None, crop_size=None, method="bilinear",
                    extrapolation_value=0, name=None, box_indices=None):
    if box_ind is None:
        box_ind = box_indices
    return _op("CropAndResize", image, boxes, box_ind, crop_size, method=method,
               extrapolation_value=float(extrapolation_value), name=name)


# ================================================================== patches
def _patch_geometry(size, k, stride, rate, padding):
    k_eff = (k - 1) * rate + 1
    if padding == "VALID":
        out = (size - k_eff + stride) // stride
        return max(out, 0), 0
    out = -(-size // stride)
    pad = max((out - 1) * stride + k_eff - size, 0)
    return out, pad // 2


def _patch_out_dim(size, k, stride, rate, padding):
    return None if size is None else _patch_geometry(size, k, stride, rate, padding)[0]


def _gather_axis(x, axis, size, k, stride, rate, padding):
    """Adds a window axis: x[..., i, ...] -> x[..., o, j, ...] = x[o*stride - pad + j*rate]."""
    out, before = _patch_geometry(size, k, stride, rate, padding)
    idx = np.arange(out)[:, None] * stride - before + np.arange(k)[None, :] * rate
    valid = (idx >= 0) & (idx < size)
    taken = np.take(x, np.clip(idx, 0, max(size - 1, 0)).reshape(-1), axis=axis) if size else \
        np.zeros(x.shape[:axis] + (out * k,) + x.shape[axis + 1:], x.dtype)
    taken = taken.reshape(x.shape[:axis] + (out, k) + x.shape[axis + 1:])
    shape = [1] * taken.ndim
    shape[axis], shape[axis + 1] = out, k
    return np.where(valid.reshape(shape), taken, np.zeros((), x.dtype))


def _check_list(name, values, n, first_last_one=True):
    if len(values) != n:
        raise ValueError("%s attribute must have %d elements, got %d" % (name, n, len(values)))
    if first_last_one and (values[0] != 1 or values[-1] != 1):
        raise ValueError("%s is only supported across spatial dimensions" % name)


@register_op("ExtractImagePatches", inputs=["images: T"], outputs=["patches: T"],
             attrs=["ksizes: list(int) >= 4", "strides: list(int) >= 4", "rates: list(int) >= 4",
                    "T: realnumbertypes", "padding: {'SAME', 'VALID'}"])
class ExtractImagePatches(OpDef):
    def shape(self, images, *, ksizes, strides, rates, padding):
        for name, v in (("ksizes", ksizes), ("strides", strides), ("rates", rates)):
            _check_list(name, v, 4)
        d = _rank(images, 4)
        return TensorShape([d[0]] + [_patch_out_dim(d[i], ksizes[i], strides[i], rates[i], padding)
                                     for i in (1, 2)]
                           + [None if d[3] is None else ksizes[1] * ksizes[2] * d[3]])

    def kernel(self, images, *, ksizes, strides, rates, padding):
        if images.ndim != 4:
            raise _invalid("input must be 4-dimensional%s" % _shape_text(images.shape))
        x = _gather_axis(images, 1, images.shape[1], ksizes[1], strides[1], rates[1], padding)
        x = _gather_axis(x, 3, images.shape[2], ksizes[2], strides[2], rates[2], padding)
        n, oh, kh, ow, kw, c = x.shape
        return np.ascontiguousarray(x.transpose(0, 1, 3, 2, 4, 5)).reshape(n, oh, ow, kh * kw * c)

    def grad(self, op, grad):
        return [_patches_grad(op, grad, 2)]


@register_op("ExtractVolumePatches", inputs=["input: T"], outputs=["patches: T"],
             attrs=["ksizes: list(int) >= 5", "strides: list(int) >= 5", "T: realnumbertypes",
                    "padding: {'SAME', 'VALID'}"])
class ExtractVolumePatches(OpDef):
    def shape(self, input, *, ksizes, strides, padding):
        for name, v in (("ksizes", ksizes), ("strides", strides)):
            _check_list(name, v, 5)
        d = _rank(input, 5)
        return TensorShape([d[0]] + [_patch_out_dim(d[i], ksizes[i], strides[i], 1, padding)
                                     for i in (1, 2, 3)]
                           + [None if d[4] is None else ksizes[1] * ksizes[2] * ksizes[3] * d[4]])

    def kernel(self, input, *, ksizes, strides, padding):
        if input.ndim != 5:
            raise _invalid("input must be 5-dimensional%s" % _shape_text(input.shape))
        x = input
        for i, axis in ((1, 1), (2, 3), (3, 5)):
            x = _gather_axis(x, axis, input.shape[i], ksizes[i], strides[i], 1, padding)
        n, od, kd, oh, kh, ow, kw, c = x.shape
        return np.ascontiguousarray(x.transpose(0, 1, 3, 5, 2, 4, 6, 7)).reshape(
            n, od, oh, ow, kd * kh * kw * c)

    def grad(self, op, grad):
        return [_patches_grad(op, grad, 3)]


def _patches_grad(op, grad, spatial):
    """Patches are a gather: extract the patches of an image of (1-based) pixel numbers, and
    sum each gradient entry into the pixel it came from (0 marks padding, dropped)."""
    from tensorweave.ops import math_ops as m

    x = op.inputs[0]
    shape = _op("Shape", x, out_type=_dtypes.int32)
    sp = _op("StridedSlice", shape, np.array([1], np.int32), np.array([1 + spatial], np.int32),
             np.array([1], np.int32), begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0,
             shrink_axis_mask=0)
    pixels = _op("Prod", sp, np.array([0], np.int32), keep_dims=False)
    one64 = _convert(np.array(1, np.int64))
    numbers = _op("Range", one64, _op("AddV2", m.cast(pixels, _dtypes.int64), one64), one64)
    one = np.array([1], np.int32)
    index_image = _op("Reshape", numbers, _op("ConcatV2", [one, sp, one], np.int32(0)))
    attrs = {k: op.get_attr(k) for k in ("ksizes", "strides", "padding")}
    if spatial == 2:
        attrs["rates"] = op.get_attr("rates")
    index_patches = apply_op(op.type, [index_image], attrs)  # [1, out..., prod(k)]
    ids = _op("Reshape", index_patches, np.array([-1], np.int32))
    batch = _op("StridedSlice", shape, np.array([0], np.int32), np.array([1], np.int32),
                np.array([1], np.int32), begin_mask=0, end_mask=0, ellipsis_mask=0,
                new_axis_mask=0, shrink_axis_mask=0)
    depth = _op("StridedSlice", shape, np.array([-1], np.int32), np.array([0], np.int32),
                np.array([1], np.int32), begin_mask=0, end_mask=1, ellipsis_mask=0,
                new_axis_mask=0, shrink_axis_mask=0)
    # grad [b, out..., prod(k) * c] -> [out... * prod(k), b, c]
    g = _op("Reshape", grad, _op("ConcatV2", [batch, np.array([-1], np.int32), depth], np.int32(0)))
    g = _op("Transpose", g, np.array([1, 0, 2], np.int32))
    summed = _op("UnsortedSegmentSum", g, ids, _op("AddV2", m.cast(pixels, _dtypes.int64),
                                                    np.int64(1)))
    summed = _op("Slice", summed, np.array([1, 0, 0], np.int32), np.array([-1, -1, -1], np.int32))
    summed = _op("Transpose", summed, np.array([1, 0, 2], np.int32))  # [b, pixels, c]
    return _op("Reshape", summed, shape)


@tf_export("image.extract_patches")
def extract_patches(images, sizes, strides, rates, padding, name=None):
    return _op("ExtractImagePatches", images, ksizes=list(sizes), strides=list(strides),
               rates=list(rates), padding=padding, name=name)


@tf_export("image.extract_image_patches", "extract_image_patches")
def extract_image_patches(images, ksizes=None, strides=None, rates=None, padding=None, name=None,
                          sizes=None):
    ksizes = sizes if ksizes is None else ksizes
    return _op("ExtractImagePatches", images, ksizes=list(ksizes), strides=list(strides),
               rates=list(rates), padding=padding, name=name)


@tf_export("extract_volume_patches")
def extract_volume_patches(input, ksizes, strides, padding, name=None):
    return _op("ExtractVolumePatches", input, ksizes=list(ksizes), strides=list(strides),
               padding=padding, name=name)


# ====================================================== non-max suppression
def _iou_matrix(boxes):
    b = boxes.astype(_F32)
    ymin, ymax = np.minimum(b[:, 0], b[:, 2]), np.maximum(b[:, 0], b[:, 2])
    xmin, xmax = np.minimum(b[:, 1], b[:, 3]), np.maximum(b[:, 1], b[:, 3])
    area = (ymax - ymin) * (xmax - xmin)
    ih = np.maximum(np.minimum(ymax[:, None], ymax[None]) - np.maximum(ymin[:, None], ymin[None]), 0)
    iw = np.maximum(np.minimum(xmax[:, None], xmax[None]) - np.maximum(xmin[:, None], xmin[None]), 0)
    inter = ih * iw
    with np.errstate(divide="ignore", invalid="ignore"):
        iou = inter / (area[:, None] + area[None] - inter)
    bad = (area[:, None] <= 0) | (area[None] <= 0)
    return np.where(bad, _F32(0), iou).astype(_F32)


def _greedy_nms(similarity, scores, max_out, threshold, score_threshold, sigma=0.0):
    """TF's greedy (optionally Gaussian soft) NMS: (selected indices, their scores)."""
    import heapq

    scores = scores.astype(_F32)
    scale = _F32(-0.5 / sigma) if sigma > 0 else _F32(0)
    heap = [(-float(s), i, 0) for i, s in enumerate(scores) if s > score_threshold]
    heapq.heapify(heap)
    selected, selected_scores = [], []
    while len(selected) < max_out and heap:
        neg, i, begin = heapq.heappop(heap)
        score = original = _F32(-neg)
        hard = False
        for j in range(len(selected) - 1, begin - 1, -1):
            sim = similarity[i, selected[j]]
            if sigma > 0:
                # NOTE: soft NMS (TF 2.x) only decays scores: iou_threshold plays no part.
                score = _F32(score * np.exp(scale * sim * sim))
            elif sim > threshold:
                hard = True
                break
            if score <= score_threshold:
                break
        if hard:
            continue
        if score == original:
            selected.append(i)
            selected_scores.append(score)
        elif score > score_threshold:
            heapq.heappush(heap, (-float(score), i, len(selected)))
    return np.array(selected, np.int32), np.array(selected_scores, _F32)


def _nms_inputs(boxes, scores, max_output_size, iou_threshold, score_threshold, *, overlaps=False):
    if np.ndim(max_output_size) != 0:
        raise _invalid("max_output_size must be 0-D, got shape %s" % _shape_text(np.shape(max_output_size)))
    for name, v in (("iou_threshold" if not overlaps else "overlap_threshold", iou_threshold),
                    ("score_threshold", score_threshold)):
        if np.ndim(v) != 0:
            raise _invalid("%s must be 0-D, got shape %s" % (name, _shape_text(np.shape(v))))
    if not overlaps:
        if not 0 <= float(iou_threshold) <= 1:
            raise _invalid("iou_threshold must be in [0, 1]")
        if boxes.ndim != 2 or boxes.shape[1] != 4:
            raise _invalid("boxes must be 2-D with 4 columns: %s" % _shape_text(boxes.shape))
    elif boxes.ndim != 2 or boxes.shape[0] != boxes.shape[1]:
        raise _invalid("overlaps must be square: %s" % _shape_text(boxes.shape))
    if scores.ndim != 1 or scores.shape[0] != boxes.shape[0]:
        raise _invalid("scores has incompatible shape")
    if int(max_output_size) < 0:
        raise _invalid("output size must be non-negative")


def _nms_shape(boxes, scores, max_output_size, thresholds, pad=False, overlaps=False):
    bd = _rank(boxes, 2)
    if not overlaps and bd[1] is not None and bd[1] != 4:  # WithValue(dim, 4)
        raise ValueError("Dimension must be 4 but is %d" % bd[1])
    _merge_dim(bd[0], _rank(scores, 1)[0], "")
    for t in [max_output_size] + list(thresholds):
        _rank(t, 0)
    if pad:
        return TensorShape([_const_int(max_output_size)])
    return TensorShape([None])


_NMS_ATTRS = ["T: {half, float} = DT_FLOAT", "T_threshold: {half, float} = DT_FLOAT"]


@register_op("NonMaxSuppressionV3", inputs=["boxes: T", "scores: T", "max_output_size: int32",
                                            "iou_threshold: T_threshold",
                                            "score_threshold: T_threshold"],
             outputs=["selected_indices: int32"], attrs=_NMS_ATTRS)
class NonMaxSuppressionV3(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, boxes, scores, max_output_size, iou_threshold, score_threshold):
        return _nms_shape(boxes, scores, max_output_size, [iou_threshold, score_threshold])

    def kernel(self, boxes, scores, max_output_size, iou_threshold, score_threshold):
        _nms_inputs(boxes, scores, max_output_size, iou_threshold, score_threshold)
        return _greedy_nms(_iou_matrix(boxes), scores, int(max_output_size), _F32(iou_threshold),
                           _F32(score_threshold))[0]


def _pad(values, n):
    out = np.zeros((max(n, len(values)),), values.dtype)
    out[:len(values)] = values
    return out


@register_op("NonMaxSuppressionV4", inputs=["boxes: T", "scores: T", "max_output_size: int32",
                                            "iou_threshold: T_threshold",
                                            "score_threshold: T_threshold"],
             outputs=["selected_indices: int32", "valid_outputs: int32"],
             attrs=_NMS_ATTRS + ["pad_to_max_output_size: bool = false"])
class NonMaxSuppressionV4(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, boxes, scores, max_output_size, iou_threshold, score_threshold, *,
              pad_to_max_output_size):
        return [_nms_shape(boxes, scores, max_output_size, [iou_threshold, score_threshold],
                           pad_to_max_output_size), TensorShape([])]

    def kernel(self, boxes, scores, max_output_size, iou_threshold, score_threshold, *,
               pad_to_max_output_size):
        _nms_inputs(boxes, scores, max_output_size, iou_threshold, score_threshold)
        idx, _ = _greedy_nms(_iou_matrix(boxes), scores, int(max_output_size), _F32(iou_threshold),
                             _F32(score_threshold))
        n = np.int32(len(idx))
        return [_pad(idx, int(max_output_size)) if pad_to_max_output_size else idx, n]


@register_op("NonMaxSuppressionV5", inputs=["boxes: T", "scores: T", "max_output_size: int32",
                                            "iou_threshold: T", "score_threshold: T",
                                            "soft_nms_sigma: T"],
             outputs=["selected_indices: int32", "selected_scores: T", "valid_outputs: int32"],
             attrs=["T: {half, float} = DT_FLOAT", "pad_to_max_output_size: bool = false"])
class NonMaxSuppressionV5(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, boxes, scores, max_output_size, iou_threshold, score_threshold,
              soft_nms_sigma, *, pad_to_max_output_size):
        s = _nms_shape(boxes, scores, max_output_size,
                       [iou_threshold, score_threshold, soft_nms_sigma], pad_to_max_output_size)
        return [s, s, TensorShape([])]

    def kernel(self, boxes, scores, max_output_size, iou_threshold, score_threshold,
               soft_nms_sigma, *, pad_to_max_output_size):
        _nms_inputs(boxes, scores, max_output_size, iou_threshold, score_threshold)
        if float(soft_nms_sigma) < 0:
            raise _invalid("soft_nms_sigma must be non-negative")
        idx, sel = _greedy_nms(_iou_matrix(boxes), scores, int(max_output_size),
                               _F32(iou_threshold), _F32(score_threshold), float(soft_nms_sigma))
        n = np.int32(len(idx))
        if pad_to_max_output_size:
            idx, sel = _pad(idx, int(max_output_size)), _pad(sel, int(max_output_size))
        return [idx, sel.astype(scores.dtype), n]


@register_op("NonMaxSuppressionWithOverlaps",
             inputs=["overlaps: float", "scores: float", "max_output_size: int32",
                     "overlap_threshold: float", "score_threshold: float"],
             outputs=["selected_indices: int32"])
class NonMaxSuppressionWithOverlaps(OpDef):
    grad = None  # TF: not differentiable

    def shape(self, overlaps, scores, max_output_size, overlap_threshold, score_threshold):
        return _nms_shape(overlaps, scores, max_output_size, [overlap_threshold, score_threshold],
                          overlaps=True)

    def kernel(self, overlaps, scores, max_output_size, overlap_threshold, score_threshold):
        _nms_inputs(overlaps, scores, max_output_size, overlap_threshold, score_threshold,
                    overlaps=True)
        return _greedy_nms(overlaps.astype(_F32), scores, int(max_output_size),
                           _F32(overlap_threshold), _F32(score_threshold))[0]


@register_op("CombinedNonMaxSuppression",
             inputs=["boxes: float", "scores: float", "max_output_size_per_class: int32",
                     "max_total_size: int32", "iou_threshold: float", "score_threshold: float"],
             outputs=["nmsed_boxes: float", "nmsed_scores: float", "nmsed_classes: float",
                      "valid_detections: int32"],
             attrs=["pad_per_class: bool = false", "clip_boxes: bool = true"])
class CombinedNonMaxSuppression(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, boxes, scores, max_output_size_per_class, max_total_size, iou_threshold,
              score_threshold, *, pad_per_class):
        bd, sd = _rank(boxes, 4), _rank(scores, 3)
        _merge_dim(bd[3], 4, "")
        batch = _merge_dim(bd[0], sd[0], "")
        _merge_dim(bd[1], sd[1], "")
        for t in (max_output_size_per_class, max_total_size, iou_threshold, score_threshold):
            _rank(t, 0)
        per_class, total = _const_int(max_output_size_per_class), _const_int(max_total_size)
        if total is not None and total <= 0:
            raise ValueError("max_total_size should be > 0")
        if per_class is not None and per_class <= 0:
            raise ValueError("max_output_size_per_class should be > 0")
        n = total
        if pad_per_class and per_class is not None and sd[2] is not None and total is not None:
            n = min(per_class * sd[2], total)
        elif pad_per_class:
            n = None
        return [TensorShape([batch, n, 4]), TensorShape([batch, n]), TensorShape([batch, n]),
                TensorShape([batch])]

    def kernel(self, boxes, scores, max_output_size_per_class, max_total_size, iou_threshold,
               score_threshold, *, pad_per_class, clip_boxes):
        if boxes.ndim != 4 or scores.ndim != 3 or boxes.shape[3] != 4:
            raise _invalid("boxes must be 4-D [batch, boxes, q, 4] and scores 3-D")
        q, classes = boxes.shape[2], scores.shape[2]
        if q not in (1, classes):
            raise _invalid("third dimension of boxes must be either 1 or num classes")
        per_class, total = int(max_output_size_per_class), int(max_total_size)
        if total <= 0 or per_class <= 0:
            raise _invalid("max_total_size and max_output_size_per_class must be > 0")
        iou, thr = _F32(iou_threshold), _F32(score_threshold)
        n = min(per_class * classes, total) if pad_per_class else total
        batch = boxes.shape[0]
        out_boxes = np.zeros((batch, n, 4), _F32)
        out_scores = np.zeros((batch, n), _F32)
        out_classes = np.zeros((batch, n), _F32)
        valid = np.zeros((batch,), np.int32)
        for b in range(batch):
            found = []
            for c in range(classes):
                cb = boxes[b, :, 0 if q == 1 else c].astype(_F32)
                idx, sel = _greedy_nms(_iou_matrix(cb), scores[b, :, c], per_class, iou, thr)
                found += [(float(s), c, cb[i]) for i, s in zip(idx, sel)]
            found.sort(key=lambda t: -t[0])  # stable: class order among equal scores
            found = found[:n]
            for k, (s, c, box) in enumerate(found):
                out_boxes[b, k] = np.clip(box, 0, 1) if clip_boxes else box
                out_scores[b, k], out_classes[b, k] = s, c
            valid[b] = len(found)
        return [out_boxes, out_scores, out_classes, valid]


def _thresholds(name, iou_threshold, score_threshold, dtype=_dtypes.float32):
    iou = _convert(iou_threshold, name=name, dtype=dtype)
    score = _convert(score_threshold, name="score_threshold", dtype=dtype)
    return iou, score


@tf_export("image.non_max_suppression")
def non_max_suppression(boxes, scores, max_output_size, iou_threshold=0.5,
                        score_threshold=float("-inf"), name=None):
    with name_scope(name, "non_max_suppression"):
        iou, score = _thresholds("iou_threshold", iou_threshold, score_threshold)
        return _op("NonMaxSuppressionV3", boxes, scores, max_output_size, iou, score)


@tf_export("image.non_max_suppression_with_scores")
def non_max_suppression_with_scores(boxes, scores, max_output_size, iou_threshold=0.5,
                                    score_threshold=float("-inf"), soft_nms_sigma=0.0, name=None):
    with name_scope(name, "non_max_suppression_with_scores"):
        iou, score = _thresholds("iou_threshold", iou_threshold, score_threshold)
        sigma = _convert(soft_nms_sigma, name="soft_nms_sigma", dtype=_dtypes.float32)
        idx, sel, _ = _op("NonMaxSuppressionV5", boxes, scores, max_output_size, iou, score,
                          sigma, pad_to_max_output_size=False)
        return idx, sel


@tf_export("image.non_max_suppression_padded")
def non_max_suppression_padded(boxes, scores, max_output_size, iou_threshold=0.5,
                               score_threshold=float("-inf"), pad_to_max_output_size=False,
                               name=None, sorted_input=False, canonicalized_coordinates=False,
                               tile_size=512):
    """Unbatched inputs give the same results as TF (which builds a batched tf.function);
    here it is NonMaxSuppressionV4."""
    with name_scope(name, "non_max_suppression_padded"):
        d = _dims(_convert(boxes))
        if d is not None and len(d) != 2:
            raise NotImplementedError("batched non_max_suppression_padded is not supported")
        iou, score = _thresholds("iou_threshold", iou_threshold, score_threshold)
        idx, n = _op("NonMaxSuppressionV4", boxes, scores, max_output_size, iou, score,
                     pad_to_max_output_size=bool(pad_to_max_output_size))
        return idx, n


@tf_export("image.non_max_suppression_overlaps")
def non_max_suppression_with_overlaps(overlaps, scores, max_output_size, overlap_threshold=0.5,
                                      score_threshold=float("-inf"), name=None):
    with name_scope(name, "non_max_suppression_overlaps"):
        thr = _convert(overlap_threshold, name="overlap_threshold")
        return _op("NonMaxSuppressionWithOverlaps", overlaps, scores, max_output_size, thr,
                   score_threshold)


@tf_export("image.combined_non_max_suppression")
def combined_non_max_suppression(boxes, scores, max_output_size_per_class, max_total_size,
                                 iou_threshold=0.5, score_threshold=float("-inf"),
                                 pad_per_class=False, clip_boxes=True, name=None):
    with name_scope(name, "combined_non_max_suppression"):
        iou, score = _thresholds("iou_threshold", iou_threshold, score_threshold)
        return _op("CombinedNonMaxSuppression", boxes, scores, max_output_size_per_class,
                   max_total_size, iou, score, pad_per_class=bool(pad_per_class),
                   clip_boxes=bool(clip_boxes))


# ============================================================ bounding boxes
_BOX_COLORS = np.array([[1, 1, 0, 1], [0, 0, 1, 1], [1, 0, 0, 1], [0, 1, 0, 1], [0.5, 0, 0.5, 1],
                        [0.5, 0.5, 0, 1], [0.5, 0, 0, 1], [0, 0, 0.5, 1], [0, 1, 1, 1],
                        [1, 0, 1, 1]], _F32)


def _draw_boxes(images, boxes, colors):
    if images.ndim != 4:
        raise _invalid("The rank of the images should be 4")
    depth = images.shape[3]
    if depth not in (1, 2, 3, 4):
        raise _invalid("Channel depth should be either 1 (GRY), 3 (RGB), or 4 (RGBA)")
    if boxes.ndim != 3 or boxes.shape[2] != 4 or boxes.shape[0] != images.shape[0]:
        raise _invalid("boxes must be 3-D [batch, num_boxes, 4] with the images' batch")
    if colors is None or colors.size == 0:
        colors = _BOX_COLORS
    elif colors.ndim != 2 or colors.shape[1] < depth:
        raise _invalid("Channel depth should be less than or equal to the color table columns")
    canvas = images.copy()
    h, w = images.shape[1], images.shape[2]
    for b in range(images.shape[0]):
        for k, box in enumerate(boxes[b].astype(_F32)):
            color = colors[k % len(colors)][:depth].astype(images.dtype)
            # NOTE: the corners truncate toward zero, as a C++ float -> int64 cast does.
            top, left = int(box[0] * _F32(h - 1)), int(box[1] * _F32(w - 1))
            bottom, right = int(box[2] * _F32(h - 1)), int(box[3] * _F32(w - 1))
            if top > bottom or left > right:
                continue
            if top >= h or bottom < 0 or left >= w or right < 0:
                continue
            r0, r1 = max(top, 0), min(bottom, h - 1)
            c0, c1 = max(left, 0), min(right, w - 1)
            if top >= 0:
                canvas[b, top, c0:c1 + 1] = color
            if bottom < h:
                canvas[b, bottom, c0:c1 + 1] = color
            if left >= 0:
                canvas[b, r0:r1 + 1, left] = color
            if right < w:
                canvas[b, r0:r1 + 1, right] = color
    return canvas


def _draw_shape(images, boxes):
    d = _rank(images, 4)
    _rank(boxes, 3)
    return TensorShape(d)


@register_op("DrawBoundingBoxes", inputs=["images: T", "boxes: float"], outputs=["output: T"],
             attrs=["T: {float, half} = DT_FLOAT"])
class DrawBoundingBoxes(OpDef):
    grad = None  # TF: not differentiable

    def shape(self, images, boxes):
        return _draw_shape(images, boxes)

    def kernel(self, images, boxes):
        return _draw_boxes(images, boxes, None)


@register_op("DrawBoundingBoxesV2", inputs=["images: T", "boxes: float", "colors: float"],
             outputs=["output: T"], attrs=["T: {float, half} = DT_FLOAT"])
class DrawBoundingBoxesV2(OpDef):
    grad = staticmethod(_no_gradient)  # TF registers no gradient

    def shape(self, images, boxes, colors):
        _rank(colors, 2)
        return _draw_shape(images, boxes)

    def kernel(self, images, boxes, colors):
        return _draw_boxes(images, boxes, colors)


@tf_export("image.draw_bounding_boxes")
def draw_bounding_boxes(images, boxes, name=None, colors=None):
    if colors is None:
        return _op("DrawBoundingBoxes", images, boxes, name=name)
    return _op("DrawBoundingBoxesV2", images, boxes, colors, name=name)


def _random_crop_rect(rng, width, height, min_area, max_area, aspect):
    """One try of TF's crop generator: a (x, y, w, h) rectangle of the area range, or None."""
    eps = 1e-7
    min_h = int(np.rint(np.sqrt(min_area / aspect)))
    max_h = int(np.rint(np.sqrt(max_area / aspect)))
    if np.rint(max_h * aspect) > width:
        max_h = int((width + 0.5 - eps) / aspect)
    max_h = min(max_h, height)
    min_h = min(min_h, max_h)
    if min_h < max_h:
        min_h += int(rng.integers(0, max_h - min_h + 1))
    h = min_h
    w = int(np.rint(h * aspect))
    if w * h < min_area:
        h += 1
        w = int(np.rint(h * aspect))
    if w * h < min_area or w * h > max_area or w > width or h > height or w <= 0 or h <= 0:
        return None
    y = int(rng.integers(0, height - h + 1)) if h < height else 0
    x = int(rng.integers(0, width - w + 1)) if w < width else 0
    return x, y, w, h


def _covers(rect, boxes, min_covered):
    x, y, w, h = rect
    for bx, by, bw, bh in boxes:
        if bw <= 0 or bh <= 0:
            continue
        ix = max(0.0, min(x + w, bx + bw) - max(x, bx))
        iy = max(0.0, min(y + h, by + bh) - max(y, by))
        if ix * iy / (bw * bh) >= min_covered:
            return True
    return False


@register_op("SampleDistortedBoundingBoxV2",
             inputs=["image_size: T", "bounding_boxes: float", "min_object_covered: float"],
             outputs=["begin: T", "size: T", "bboxes: float"],
             attrs=["T: {uint8, int8, int16, int32, int64}", "seed: int = 0", "seed2: int = 0",
                    "aspect_ratio_range: list(float) = [0.75, 1.33]",
                    "area_range: list(float) = [0.05, 1]", "max_attempts: int = 100",
                    "use_image_if_no_bounding_boxes: bool = false"])
class SampleDistortedBoundingBoxV2(OpDef):
    grad = None  # TF: not differentiable
    is_stateful = True

    def shape(self, image_size, bounding_boxes, min_object_covered):
        d = _rank(image_size, 1)
        _merge_dim(d[0], 3, "")
        bd = _rank(bounding_boxes, 3)
        _merge_dim(bd[2], 4, "")
        _rank(min_object_covered, 0)
        return [TensorShape([3]), TensorShape([3]), TensorShape([1, 1, 4])]

    def kernel(self, ctx, image_size, bounding_boxes, min_object_covered, *, seed, seed2,
               aspect_ratio_range, area_range, max_attempts, use_image_if_no_bounding_boxes):
        if image_size.shape != (3,):
            raise _invalid("image_size must be 1-dimensional with 3 elements")
        height, width = int(image_size[0]), int(image_size[1])
        if height <= 0 or width <= 0:
            raise _invalid("image height and width must be positive")
        if bounding_boxes.ndim != 3 or bounding_boxes.shape[2] != 4:
            raise _invalid("input boxes must be 3-dimensional [batch, num_boxes, coords]: %s"
                           % _shape_text(bounding_boxes.shape))
        if len(aspect_ratio_range) != 2 or len(area_range) != 2:
            raise _invalid("aspect_ratio_range and area_range must have 2 elements")
        if max_attempts <= 0:
            raise _invalid("max_attempts must be positive: %d" % max_attempts)
        covered = float(min_object_covered)
        if covered < 0:
            raise _invalid("min_object_covered must be non-negative: %g" % covered)
        boxes = []
        for y0, x0, y1, x1 in bounding_boxes.reshape(-1, 4).astype(np.float64):
            if not (0 <= y0 <= y1 <= 1 and 0 <= x0 <= x1 <= 1):
                raise _invalid("All bounding box coordinates must be in [0.0, 1.0]")
            boxes.append((x0 * width, y0 * height, (x1 - x0) * width, (y1 - y0) * height))
        if not boxes:
            if not use_image_if_no_bounding_boxes:
                raise _invalid("No bounding boxes provided as input. One must enable "
                               "use_image_if_no_bounding_boxes if you wish to not provide any "
                               "bounding boxes.")
            boxes = [(0.0, 0.0, float(width), float(height))]
        rng = _random._rng(ctx, seed, seed2)
        area = width * height
        rect = None
        for _ in range(max_attempts):
            aspect = rng.uniform(aspect_ratio_range[0], aspect_ratio_range[1])
            candidate = _random_crop_rect(rng, width, height, area_range[0] * area,
                                          area_range[1] * area, aspect)
            if candidate is not None and _covers(candidate, boxes, covered):
                rect = candidate
                break
        x, y, w, h = rect if rect is not None else (0, 0, width, height)
        t = image_size.dtype
        box = np.array([[[y / height, x / width, (y + h) / height, (x + w) / width]]], _F32)
        return [np.array([y, x, 0], t), np.array([h, w, -1], t), box]


@tf_export("image.sample_distorted_bounding_box")
def sample_distorted_bounding_box(image_size, bounding_boxes, seed=None, seed2=None,
                                  min_object_covered=0.1, aspect_ratio_range=None,
                                  area_range=None, max_attempts=None,
                                  use_image_if_no_bounding_boxes=None, name=None):
    with name_scope(name, "sample_distorted_bounding_box"):
        s1, s2 = _random.get_seed(seed)
        attrs = {"seed": s1 or 0, "seed2": s2 or 0}
        for key, value in (("aspect_ratio_range", aspect_ratio_range), ("area_range", area_range)):
            if value is not None:
                attrs[key] = [float(v) for v in value]
        if max_attempts is not None:
            attrs["max_attempts"] = int(max_attempts)
        if use_image_if_no_bounding_boxes is not None:
            attrs["use_image_if_no_bounding_boxes"] = bool(use_image_if_no_bounding_boxes)
        with name_scope("SampleDistortedBoundingBoxV2") as scope:
            covered = _convert(min_object_covered, _dtypes.float32, name="min_object_covered")
            return apply_op("SampleDistortedBoundingBoxV2", [image_size, bounding_boxes, covered],
                            attrs, name=scope)


# ================================================================= glimpses
@register_op("ExtractGlimpse", inputs=["input: float", "size: int32", "offsets: float"],
             outputs=["glimpse: float"],
             attrs=["centered: bool = true", "normalized: bool = true",
                    "uniform_noise: bool = true", "noise: string = 'uniform'"])
class ExtractGlimpse(OpDef):
    grad = None  # TF: not differentiable
    is_stateful = True

    def shape(self, input, size, offsets):
        d = _rank(input, 4)
        od = _rank(offsets, 2)
        _merge_dim(od[1], 2, "")
        batch = _merge_dim(d[0], od[0], "")
        hw = _crop_size_dims(size)
        return TensorShape([batch] + hw + [d[3]])

    def kernel(self, ctx, input, size, offsets, *, centered, normalized, uniform_noise, noise):
        if input.ndim != 4:
            raise _invalid("input must be 4-dimensional%s" % _shape_text(input.shape))
        if size.shape != (2,):
            raise _invalid("input must be a vector of size 2 (height, width)")
        gh, gw = int(size[0]), int(size[1])
        if offsets.ndim != 2 or offsets.shape != (input.shape[0], 2):
            raise _invalid("offsets must be a matrix [batch_size, 2]")
        if noise not in ("uniform", "gaussian", "zero", ""):
            raise _invalid("Invalid noise type: %s" % noise)
        kind = noise if noise else ("uniform" if uniform_noise else "gaussian")
        n, h, w, c = input.shape
        out = np.empty((n, gh, gw, c), _F32)
        rng = np.random.default_rng()
        for b in range(n):
            y, x = float(offsets[b, 0]), float(offsets[b, 1])
            if normalized:
                y, x = y * h, x * w
            if centered:
                y, x = y / 2.0 + h / 2.0, x / 2.0 + w / 2.0
            # NOTE: the corner truncates toward zero (a C++ cast), it is not floored.
            y0, x0 = int(y - gh / 2.0), int(x - gw / 2.0)
            rows, cols = np.arange(gh) + y0, np.arange(gw) + x0
            inside = ((rows >= 0) & (rows < h))[:, None] & ((cols >= 0) & (cols < w))[None, :]
            picked = input[b][np.clip(rows, 0, h - 1)][:, np.clip(cols, 0, w - 1)]
            img = input[b].reshape(-1, c)
            if kind == "zero":
                fill = np.zeros((gh, gw, c), _F32)
            elif kind == "uniform":
                fill = rng.uniform(img.min(0), img.max(0), (gh, gw, c))
            else:
                fill = rng.normal(img.mean(0), img.std(0), (gh, gw, c))
            out[b] = np.where(inside[..., None], picked, fill)
        return out


@tf_export("image.extract_glimpse")
def extract_glimpse(input, size, offsets, centered=True, normalized=True,
                    uniform_noise=True, name=None):
    return _op("ExtractGlimpse", input, size, offsets, centered=centered, normalized=normalized,
               uniform_noise=uniform_noise, name=name)


# =================================================================== codecs
def _decode_as(op_type, fmt, contents, channels):
    data = bytes(contents.item() if isinstance(contents, np.ndarray) else contents)
    found = _img._image_format(data)
    if found != fmt:
        raise _invalid("Trying to decode %s format using %s op. Use `decode_%s` or "
                       "`decode_image` instead." % (found or "unknown", op_type,
                                                    (found or "image").lower()))
    return _img._decode(op_type, data, channels, np.uint8, True)


@register_op("DecodeBmp", inputs=["contents: string"], outputs=["image: uint8"],
             attrs=["channels: int = 0"])
class DecodeBmp(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, contents, *, channels):
        return _img._decode_shape(contents, channels)

    def kernel(self, contents, *, channels):
        return _decode_as("DecodeBmp", "BMP", contents, channels)


@register_op("DecodeGif", inputs=["contents: string"], outputs=["image: uint8"])
class DecodeGif(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, contents):
        _img._scalar_input(contents)
        return TensorShape([None, None, None, 3])

    def kernel(self, contents):
        return _decode_as("DecodeGif", "GIF", contents, 3)


def _jpeg_bytes(contents, op_type):
    data = bytes(contents.item() if isinstance(contents, np.ndarray) else contents)
    if _img._image_format(data) != "JPEG":
        raise _invalid("Invalid JPEG data or crop window, data size %d" % len(data))
    return data


@register_op("ExtractJpegShape", inputs=["contents: string"], outputs=["image_shape: output_type"],
             attrs=["output_type: {int32, int64} = DT_INT32"])
class ExtractJpegShape(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, contents):
        _img._scalar_input(contents)
        return TensorShape([3])

    def kernel(self, contents, *, output_type):
        import io

        data = _jpeg_bytes(contents, "ExtractJpegShape")
        Image = _img._pillow("ExtractJpegShape")
        img = Image.open(io.BytesIO(data))
        channels = {"L": 1, "RGB": 3, "CMYK": 4}.get(img.mode, 3)
        return np.array([img.height, img.width, channels], output_type.as_numpy_dtype)


@register_op("DecodeAndCropJpeg", inputs=["contents: string", "crop_window: int32"],
             outputs=["image: uint8"],
             attrs=["channels: int = 0", "ratio: int = 1", "fancy_upscaling: bool = true",
                    "try_recover_truncated: bool = false", "acceptable_fraction: float = 1",
                    "dct_method: string = ''"])
class DecodeAndCropJpeg(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, contents, crop_window, *, channels):
        _img._scalar_input(contents)
        _rank(crop_window, 1)
        v = tensor_util.constant_value(crop_window)
        hw = [None, None] if v is None or np.size(v) != 4 else [int(v[2]), int(v[3])]
        return TensorShape(hw + [channels or None])

    def kernel(self, contents, crop_window, *, channels, ratio):
        data = _jpeg_bytes(contents, "DecodeAndCropJpeg")
        image = _img._decode("DecodeAndCropJpeg", data, channels, np.uint8, False)
        if ratio > 1:
            image = image[::ratio, ::ratio]
        if crop_window.shape != (4,):
            raise _invalid("crop_window must be shape [4]")
        y, x, h, w = (int(v) for v in crop_window)
        if y < 0 or x < 0 or h <= 0 or w <= 0 or y + h > image.shape[0] or x + w > image.shape[1]:
            raise _invalid("Invalid JPEG data or crop window, data size %d" % len(data))
        return np.ascontiguousarray(image[y:y + h, x:x + w])


@register_op("EncodeJpegVariableQuality", inputs=["images: uint8", "quality: int32"],
             outputs=["contents: string"])
class EncodeJpegVariableQuality(OpDef):
    grad = staticmethod(_no_gradient)

    def shape(self, images, quality):
        _rank(images, 3)
        _rank(quality, 0)
        return TensorShape([])

    def kernel(self, images, quality):
        return _img.EncodeJpeg.kernel(
            None, images, format="", quality=int(quality), progressive=False,
            optimize_size=False, chroma_downsampling=True, density_unit="in", x_density=300,
            y_density=300)


@tf_export("image.decode_bmp", "io.decode_bmp")
def decode_bmp(contents, channels=0, name=None):
    return _op("DecodeBmp", contents, channels=channels, name=name)


@tf_export("image.decode_gif", "io.decode_gif")
def decode_gif(contents, name=None):
    return _op("DecodeGif", contents, name=name)


@tf_export("image.extract_jpeg_shape", "io.extract_jpeg_shape")
def extract_jpeg_shape(contents, output_type=_dtypes.int32, name=None):
    return _op("ExtractJpegShape", contents, output_type=_dtypes.as_dtype(output_type), name=name)


@tf_export("image.decode_and_crop_jpeg", "io.decode_and_crop_jpeg")
def decode_and_crop_jpeg(contents, crop_window, channels=0, ratio=1, fancy_upscaling=True,
                         try_recover_truncated=False, acceptable_fraction=1, dct_method="",
                         name=None):
    return _op("DecodeAndCropJpeg", contents, crop_window, channels=channels, ratio=ratio,
               fancy_upscaling=fancy_upscaling, try_recover_truncated=try_recover_truncated,
               acceptable_fraction=float(acceptable_fraction), dct_method=dct_method, name=name)


@tf_export("image.is_jpeg", "io.is_jpeg")
def is_jpeg(contents, name=None):
    with name_scope(name, "is_jpeg"):
        head = _op("Substr", contents, np.int32(0), np.int32(3), unit="BYTE")
        return _op("Equal", head, np.array(b"\xff\xd8\xff", object), incompatible_shape_error=True)


# The composites (random augmentations, rot90, psnr, ssim, ...) live beside this module.
from tensorweave.ops import image_extra_composites  # noqa: F401
