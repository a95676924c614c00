"""`tf.image`: PNG/JPEG codecs, the resize ops (and their gradients), AdjustContrastv2, and the
composites TF builds from primitives (convert_image_dtype, flips, crops, pads, ...).

PNG encoding is pure NumPy (zlib scanlines); decoding and JPEG encoding use Pillow, imported
inside the kernels so `import tensorweave` stays light (`pip install tensorweave[image]`).
"""

import io
import struct
import zlib

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops as _m

_convert = _ops.convert_to_tensor
_RESIZE_TYPES = "int8, uint8, int16, uint16, int32, int64, half, float, double, bfloat16"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _dims(t):
    s = t.shape
    return None if s.ndims is None else s.as_list()


def _rank_at_least(t, n):
    d = _dims(t)
    if d is not None and len(d) < n:
        raise ValueError("Shape must be at least rank %d but is rank %d" % (n, len(d)))


def _scalar_input(t):
    d = _dims(t)
    if d is not None and len(d) != 0:
        raise ValueError("Shape must be rank 0 but is rank %d" % len(d))


# ================================================================ codecs
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_COLOR = {1: 0, 2: 4, 3: 2, 4: 6}  # channels -> PNG colour type


def _png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _encode_png(image, compression):
    """PNG bytes of a [h, w, c] uint8 or uint16 array; filter 0 scanlines, zlib level."""
    h, w, c = image.shape
    depth = 16 if image.dtype == np.uint16 else 8
    pixels = image.astype(">u2") if depth == 16 else image
    rows = pixels.reshape(h, w * c).view(np.uint8).reshape(h, -1)
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1)
    header = struct.pack(">IIBBBBB", w, h, depth, _PNG_COLOR[c], 0, 0, 0)
    level = 6 if compression < 0 else compression
    return b"".join([_PNG_SIGNATURE, _png_chunk(b"IHDR", header),
                     _png_chunk(b"IDAT", zlib.compress(raw.tobytes(), level)),
                     _png_chunk(b"IEND", b"")])


def _pillow(op_type):
    try:
        from PIL import Image
    except ImportError:
        raise errors.UnimplementedError(
            None, None, "%s needs Pillow, which is not installed: pip install tensorweave[image]"
            % op_type) from None
    return Image


def _image_format(data):
    if data.startswith(_PNG_SIGNATURE):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if data.startswith(b"BM"):
        return "BMP"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WebP"
    return None


def _to_gray(rgb, fmt):
    """[h, w, 3] uint8/uint16 -> [h, w, 1]: libpng's truncating fixed-point weights for PNG,
    rounded BT.601 weights elsewhere."""
    r, g, b = (rgb[..., i].astype(np.int64) for i in range(3))
    if fmt == "PNG":
        gray = (r * 9797 + g * 19234 + b * 3737) >> 15
    else:
        gray = (r * 19595 + g * 38470 + b * 7471 + 32768) >> 16
    return gray.astype(rgb.dtype)[..., None]


def _set_channels(pixels, channels, fmt):
    have = pixels.shape[-1]
    if channels == 0 or channels == have:
        return pixels
    full = np.iinfo(pixels.dtype).max
    color, alpha = pixels[..., :3 if have >= 3 else 1], pixels[..., have - 1:] if have in (2, 4) else None
    if channels in (1, 2):
        gray = _to_gray(color, fmt) if color.shape[-1] == 3 else color
        if channels == 1:
            return gray
        return np.concatenate([gray, alpha if alpha is not None else np.full_like(gray, full)], -1)
    rgb = np.repeat(color, 3, axis=-1) if color.shape[-1] == 1 else color
    if channels == 3:
        return rgb
    a = alpha if alpha is not None else np.full_like(rgb[..., :1], full)
    return np.concatenate([rgb, a], -1)


def _decode(op_type, contents, channels, dtype, expand_animations=True):
    """Decodes one image: uint8 or uint16 [h, w, c] (or [frames, h, w, c] for a GIF)."""
    data = contents.item() if isinstance(contents, np.ndarray) else contents
    data = bytes(data)
    if channels not in (0, 1, 3, 4):
        raise _invalid("`channels` must be 0, 1, 3 or 4 but got %d" % channels)
    fmt = _image_format(data)
    if fmt is None:
        raise _invalid("Unknown image file format. One of JPEG, JPEG XL, PNG, GIF, BMP, WebP "
                       "required.")
    Image = _pillow(op_type)
    try:
        img = Image.open(io.BytesIO(data))
        frames = []
        for index in range(getattr(img, "n_frames", 1) if fmt == "GIF" else 1):
            img.seek(index)
            frames.append(_frame_array(img))
        if fmt == "PNG":
            # NOTE: Pillow reads 16-bit colour PNGs as 8-bit; decode those ourselves.
            frames = [_png16_color(data, frames[0])]
    except (OSError, ValueError, SyntaxError, EOFError, zlib.error) as err:
        raise _invalid("Invalid %s data, size %d: %s" % (fmt, len(data), err)) from None
    out = []
    for pixels in frames:
        pixels = _set_channels(pixels, channels, fmt)
        if dtype == np.uint16 and pixels.dtype == np.uint8:
            pixels = pixels.astype(np.uint16) * np.uint16(257)
        elif dtype == np.uint8 and pixels.dtype == np.uint16:
            pixels = (pixels >> 8).astype(np.uint8)
        out.append(pixels)
    if fmt == "GIF" and (expand_animations or op_type == "DecodeGif"):
        return np.stack(out)
    return out[0]


def _png16_color(data, fallback):
    """The pixels of a non-interlaced 16-bit RGB, RGBA or gray+alpha PNG; else `fallback`."""
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    channels = {2: 3, 6: 4, 4: 2}.get(color)
    if depth != 16 or channels is None or interlace:
        return fallback
    pos, idat = 8, []
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    bpp, stride = 2 * channels, 2 * channels * width
    raw = np.frombuffer(zlib.decompress(b"".join(idat)), np.uint8)
    if raw.size < height * (stride + 1):
        raise ValueError("truncated image data")
    rows = raw[:height * (stride + 1)].reshape(height, stride + 1).astype(np.int64)
    out = np.zeros((height, stride), np.int64)
    prior = np.zeros(stride, np.int64)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:]
        if kind == 0:
            cur = line
        elif kind == 1:
            cur = np.cumsum(line.reshape(width, bpp), axis=0).reshape(-1) % 256
        elif kind == 2:
            cur = (line + prior) % 256
        elif kind in (3, 4):
            cur = np.zeros(stride, np.int64)
            left = np.zeros(bpp, np.int64)
            for x in range(0, stride, bpp):
                up = prior[x:x + bpp]
                if kind == 3:
                    pred = (left + up) // 2
                else:
                    up_left = prior[x - bpp:x] if x else np.zeros(bpp, np.int64)
                    p = left + up - up_left
                    pa, pb, pc = np.abs(p - left), np.abs(p - up), np.abs(p - up_left)
                    pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, up, up_left))
                left = cur[x:x + bpp] = (line[x:x + bpp] + pred) % 256
        else:
            raise ValueError("bad PNG filter type %d" % kind)
        out[y] = prior = cur
    pixels = out.astype(np.uint8).reshape(height, width * channels, 2)
    return (pixels[..., 0].astype(np.uint16) << 8 | pixels[..., 1]).reshape(height, width, channels)


def _frame_array(img):
    mode = img.mode
    if mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    elif mode == "1":
        img = img.convert("L")
    elif mode in ("CMYK", "YCbCr", "LAB", "HSV"):
        img = img.convert("RGB")
    elif mode == "PA":
        img = img.convert("RGBA")
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img).astype(np.uint16)
    else:
        arr = np.asarray(img)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    return np.ascontiguousarray(arr)


def _decode_shape(contents, channels):
    _scalar_input(contents)
    return TensorShape([None, None, channels or None])


@register_op("DecodePng", inputs=["contents: string"], outputs=["image: dtype"],
             attrs=["channels: int = 0", "dtype: {uint8, uint16} = DT_UINT8"])
class DecodePng(OpDef):
    def shape(self, contents, *, channels):
        return _decode_shape(contents, channels)

    def kernel(self, contents, *, channels, dtype):
        return _decode("DecodePng", contents, channels, dtype.as_numpy_dtype, False)

    grad = None


@register_op("DecodeJpeg", inputs=["contents: string"], outputs=["image: uint8"],
             attrs=["channels: int = 0", "ratio: int = 1", "fancy_upscaling: bool = true",
                    "try_recover_truncated: bool = false", "acceptable_fraction: float = 1",
                    "dct_method: string = ''"])
class DecodeJpeg(OpDef):
    def shape(self, contents, *, channels):
        return _decode_shape(contents, channels)

    def kernel(self, contents, *, channels, ratio):
        image = _decode("DecodeJpeg", contents, channels, np.uint8, False)
        return image[::ratio, ::ratio] if ratio > 1 else image

    grad = None


@register_op("DecodeImage", inputs=["contents: string"], outputs=["image: dtype"],
             attrs=["channels: int = 0", "dtype: {uint8, uint16, float} = DT_UINT8",
                    "expand_animations: bool = true"])
class DecodeImage(OpDef):
    def shape(self, contents, *, channels, expand_animations):
        _scalar_input(contents)
        if expand_animations:
            return TensorShape(None)
        return _decode_shape(contents, channels)

    def kernel(self, contents, *, channels, dtype, expand_animations):
        want = dtype.as_numpy_dtype
        image = _decode("DecodeImage", contents, channels,
                        np.uint8 if want == np.float32 else want, expand_animations)
        if want == np.float32:
            return image.astype(np.float32) * np.float32(1.0 / 255)
        return image

    grad = None


@register_op("EncodePng", inputs=["image: T"], outputs=["contents: string"],
             attrs=["compression: int = -1", "T: {uint8, uint16} = DT_UINT8"])
class EncodePng(OpDef):
    def shape(self, image):
        _rank_at_least(image, 3)
        d = _dims(image)
        return TensorShape(None if d is None else d[:-3])

    def kernel(self, image, *, compression):
        if image.ndim < 3:
            raise _invalid("images must be at least rank 3%s" % _shape_text(image.shape))
        if image.shape[-1] not in _PNG_COLOR:
            raise _invalid("image must have 1, 2, 3, or 4 channels, got %d" % image.shape[-1])
        if not -1 <= compression <= 9:
            raise _invalid("compression should be in [-1,9], got %d" % compression)
        batch = image.reshape((-1,) + image.shape[-3:])
        if 0 in image.shape[-3:]:
            raise errors.InternalError(None, None, "PNG encoding failed at the following "
                                       "flattened batch indices: %s" % ", ".join(
                                           str(i) for i in range(len(batch))))
        out = np.empty(len(batch), dtype=object)
        for i, one in enumerate(batch):
            out[i] = _encode_png(one, compression)
        return out.reshape(image.shape[:-3])

    grad = None


def _shape_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


@register_op("EncodeJpeg", inputs=["image: uint8"], outputs=["contents: string"],
             attrs=["format: {'', 'grayscale', 'rgb'} = ''", "quality: int = 95",
                    "progressive: bool = false", "optimize_size: bool = false",
                    "chroma_downsampling: bool = true", "density_unit: {'in', 'cm'} = 'in'",
                    "x_density: int = 300", "y_density: int = 300", "xmp_metadata: string = ''"])
class EncodeJpeg(OpDef):
    def shape(self, image):
        d = _dims(image)
        if d is not None and len(d) != 3:
            raise ValueError("Shape must be rank 3 but is rank %d" % len(d))
        return TensorShape([])

    def kernel(self, image, *, format, quality, progressive, optimize_size, chroma_downsampling,
               density_unit, x_density, y_density):
        if image.ndim != 3:
            raise _invalid("image must be 3-dimensional%s" % _shape_text(image.shape))
        want = {"grayscale": 1, "rgb": 3}.get(format, image.shape[2])
        if image.shape[2] not in (1, 3) or image.shape[2] != want:
            raise _invalid("image must have 1 or 3 channels, got %s" % _shape_text(image.shape))
        if not 0 <= quality <= 100:
            raise _invalid("quality must be in [0,100], got %d" % quality)
        Image = _pillow("EncodeJpeg")
        pixels = image[:, :, 0] if want == 1 else image
        buf = io.BytesIO()
        dpi = (x_density, y_density) if density_unit == "in" else \
            (round(x_density * 2.54), round(y_density * 2.54))
        Image.fromarray(np.ascontiguousarray(pixels), "L" if want == 1 else "RGB").save(
            buf, "JPEG", quality=quality, progressive=progressive, optimize=optimize_size,
            subsampling=2 if chroma_downsampling else 0, dpi=dpi)
        return np.array(buf.getvalue(), dtype=object)

    grad = None


@tf_export("image.decode_png", "io.decode_png")
def decode_png(contents, channels=0, dtype=_dtypes.uint8, name=None):
    return apply_op("DecodePng", [contents], {"channels": channels, "dtype": dtype}, name=name)


@tf_export("image.decode_jpeg", "io.decode_jpeg")
def decode_jpeg(contents, channels=0, ratio=1, fancy_upscaling=True, try_recover_truncated=False,
                acceptable_fraction=1, dct_method="", name=None):
    return apply_op("DecodeJpeg", [contents], {
        "channels": channels, "ratio": ratio, "fancy_upscaling": fancy_upscaling,
        "try_recover_truncated": try_recover_truncated,
        "acceptable_fraction": float(acceptable_fraction), "dct_method": dct_method}, name=name)


@tf_export("image.decode_image", "io.decode_image")
def decode_image(contents, channels=None, dtype=_dtypes.uint8, name=None, expand_animations=True):
    """Decodes PNG, JPEG, GIF, BMP or WebP; non-uint8/uint16/float32 dtypes go through
    convert_image_dtype from uint16, as TF does."""
    dtype = _dtypes.as_dtype(dtype)
    with name_scope(name, "decode_image"):
        direct = dtype in (_dtypes.uint8, _dtypes.uint16, _dtypes.float32)
        image = apply_op("DecodeImage", [contents], {
            "channels": channels or 0, "dtype": dtype if direct else _dtypes.uint16,
            "expand_animations": bool(expand_animations)})
        return image if direct else convert_image_dtype(image, dtype)


@tf_export("image.encode_png", "io.encode_png")
def encode_png(image, compression=-1, name=None):
    attrs = {"compression": compression}
    if not isinstance(image, _ops.Tensor):
        # NOTE: an explicit T keeps a uint16 array from being converted to the default uint8.
        array = np.asarray(image)
        if array.dtype in (np.uint8, np.uint16):
            attrs["T"] = _dtypes.as_dtype(array.dtype)
    return apply_op("EncodePng", [image], attrs, name=name)


@tf_export("image.encode_jpeg", "io.encode_jpeg")
def encode_jpeg(image, format="", quality=95, progressive=False, optimize_size=False,
                chroma_downsampling=True, density_unit="in", x_density=300, y_density=300,
                xmp_metadata="", name=None):
    return apply_op("EncodeJpeg", [image], {
        "format": format, "quality": quality, "progressive": progressive,
        "optimize_size": optimize_size, "chroma_downsampling": chroma_downsampling,
        "density_unit": density_unit, "x_density": x_density, "y_density": y_density,
        "xmp_metadata": xmp_metadata}, name=name)


# ================================================================ resize
def _resize_scale(n_in, n_out, align_corners):
    if align_corners and n_out > 1:
        return np.float32((n_in - 1) / np.float32(n_out - 1))
    return np.float32(n_in / np.float32(n_out))


def _linear_matrix(n_in, n_out, align_corners, half_pixel):
    """[n_out, n_in] weights of TF's bilinear sampling along one axis."""
    scale = _resize_scale(n_in, n_out, align_corners)
    i = np.arange(n_out, dtype=np.float32)
    src = (i + np.float32(0.5)) * scale - np.float32(0.5) if half_pixel else i * scale
    base = np.floor(src)
    lo = np.maximum(base, 0).astype(np.int64)
    hi = np.minimum(np.ceil(src), n_in - 1).astype(np.int64)
    frac = (src - base).astype(np.float32)
    m = np.zeros((n_out, n_in), np.float32)
    rows = np.arange(n_out)
    np.add.at(m, (rows, lo), np.float32(1) - frac)
    np.add.at(m, (rows, hi), frac)
    return m


_CUBIC_TABLE = 1024


def _cubic_matrix(n_in, n_out, align_corners, half_pixel):
    """[n_out, n_in] weights of TF's bicubic sampling: Keys kernel (A=-0.75 legacy, -0.5 with
    half-pixel centers) at offsets quantised to 1/1024, edge indices clamped."""
    a = np.float32(-0.5 if half_pixel else -0.75)
    scale = _resize_scale(n_in, n_out, align_corners)
    i = np.arange(n_out, dtype=np.float32)
    src = (i + np.float32(0.5)) * scale - np.float32(0.5) if half_pixel else i * scale
    base = np.floor(src)
    offset = np.rint((src - base) * _CUBIC_TABLE).astype(np.int64)

    def near(t):  # |x| <= 1
        return ((a + 2) * t - (a + 3)) * t * t + 1

    def far(t):  # 1 < |x| <= 2
        return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a

    t = (offset / np.float32(_CUBIC_TABLE)).astype(np.float32)
    u = ((_CUBIC_TABLE - offset) / np.float32(_CUBIC_TABLE)).astype(np.float32)
    weights = np.stack([far(t + 1), near(t), near(u), far(u + 1)], axis=1).astype(np.float32)
    index = base.astype(np.int64)[:, None] + np.arange(-1, 3)
    if half_pixel:
        weights = np.where((index >= 0) & (index < n_in), weights, np.float32(0))
        weights = weights / weights.sum(axis=1, keepdims=True)
    index = np.clip(index, 0, n_in - 1)
    m = np.zeros((n_out, n_in), np.float32)
    np.add.at(m, (np.repeat(np.arange(n_out), 4), index.ravel()), weights.ravel())
    return m


def _area_matrix(n_in, n_out, align_corners):
    """[n_out, n_in] weights of TF's area resampling (box overlap, normalised by the scale)."""
    scale = _resize_scale(n_in, n_out, align_corners)
    m = np.zeros((n_out, n_in), np.float64)
    for y in range(n_out):
        start, stop = float(np.float32(y * scale)), float(np.float32((y + 1) * scale))
        for i in range(int(np.floor(start)), int(np.ceil(stop))):
            m[y, min(i, n_in - 1)] += min(i + 1, stop) - max(i, start)
    return (m / float(scale)).astype(np.float32)


def _check_resize(images, size, align_corners, half_pixel):
    if images.ndim != 4:
        raise _invalid("input must be 4-dimensional%s" % _shape_text(images.shape))
    if size.shape != (2,):
        raise _invalid("shape_t must be 1-dimensional and have 2 elements, got %s"
                       % _shape_text(size.shape))
    if align_corners and half_pixel:
        raise _invalid("If half_pixel_centers is True, align_corners must be False.")
    h, w = int(size[0]), int(size[1])
    if h <= 0 or w <= 0:
        raise _invalid("output dimensions must be positive")
    if images.shape[1] == 0 or images.shape[2] == 0:
        raise _invalid("input image must be of non-zero size")
    return h, w


def _apply_axes(images, my, mx):
    """out[n, y, x, c] = sum my[y, i] * images[n, i, j, c] * mx[x, j], in float32."""
    x = images.astype(np.float32, copy=False)
    t = np.einsum("yi,nijc->nyjc", my, x, optimize=True)
    return np.einsum("xj,nyjc->nyxc", mx, t, optimize=True).astype(np.float32)


def _resize_shape(images, size):
    d = _dims(images)
    if d is not None and len(d) != 4:
        raise ValueError("Shape must be rank 4 but is rank %d" % len(d))
    sd = _dims(size)
    if sd is not None and len(sd) != 1:
        raise ValueError("Shape must be rank 1 but is rank %d" % len(sd))
    if sd is not None and sd[0] is not None and sd[0] != 2:
        raise ValueError("Dimension must be 2 but is %d" % sd[0])
    value = tensor_util.constant_value(size)
    hw = [None, None] if value is None else [int(v) if v >= 0 else None for v in value]
    if d is None:
        return TensorShape([None] + hw + [None])
    return TensorShape([d[0]] + hw + [d[3]])


def _no_gradient(op, *grads):
    """TF registers no gradient for this op: LookupError, as tf.gradients raises there."""
    from tensorweave.training.gradients import _no_gradient_error

    raise _no_gradient_error(op)


class _Resize(OpDef):
    def shape(self, images, size):
        return _resize_shape(images, size)


def _float_grad_op(op, grad, grad_type):
    if not op.inputs[0].dtype.base_dtype.is_floating:
        return [None, None]
    attrs = {"align_corners": op.get_attr("align_corners"),
             "half_pixel_centers": op.get_attr("half_pixel_centers")}
    return [apply_op(grad_type, [grad, op.inputs[0]], attrs), None]


@register_op("ResizeBilinear", inputs=["images: T", "size: int32"], outputs=["resized_images: float"],
             attrs=["T: {%s}" % _RESIZE_TYPES, "align_corners: bool = false",
                    "half_pixel_centers: bool = false"])
class ResizeBilinear(_Resize):
    def kernel(self, images, size, *, align_corners, half_pixel_centers):
        h, w = _check_resize(images, size, align_corners, half_pixel_centers)
        return _apply_axes(images, _linear_matrix(images.shape[1], h, align_corners, half_pixel_centers),
                           _linear_matrix(images.shape[2], w, align_corners, half_pixel_centers))

    def grad(self, op, grad):
        return _float_grad_op(op, grad, "ResizeBilinearGrad")


@register_op("ResizeBicubic", inputs=["images: T", "size: int32"], outputs=["resized_images: float"],
             attrs=["T: {%s}" % _RESIZE_TYPES, "align_corners: bool = false",
                    "half_pixel_centers: bool = false"])
class ResizeBicubic(_Resize):
    def kernel(self, images, size, *, align_corners, half_pixel_centers):
        h, w = _check_resize(images, size, align_corners, half_pixel_centers)
        return _apply_axes(images, _cubic_matrix(images.shape[1], h, align_corners, half_pixel_centers),
                           _cubic_matrix(images.shape[2], w, align_corners, half_pixel_centers))

    def grad(self, op, grad):
        return _float_grad_op(op, grad, "ResizeBicubicGrad")


@register_op("ResizeArea", inputs=["images: T", "size: int32"], outputs=["resized_images: float"],
             attrs=["T: {%s}" % _RESIZE_TYPES, "align_corners: bool = false"])
class ResizeArea(_Resize):
    grad = staticmethod(_no_gradient)  # TF has no gradient for ResizeArea either
    def kernel(self, images, size, *, align_corners):
        h, w = _check_resize(images, size, align_corners, False)
        return _apply_axes(images, _area_matrix(images.shape[1], h, align_corners),
                           _area_matrix(images.shape[2], w, align_corners))


def _nearest_index(n_in, n_out, align_corners, half_pixel):
    scale = _resize_scale(n_in, n_out, align_corners)
    i = np.arange(n_out, dtype=np.float32)
    src = (i + np.float32(0.5)) * scale if half_pixel else i * scale
    # NOTE: TF rounds half away from zero here (roundf), not to even.
    idx = np.floor(src + np.float32(0.5)) if align_corners else np.floor(src)
    idx = np.minimum(idx.astype(np.int64), n_in - 1)
    return np.maximum(idx, 0) if half_pixel else idx


@register_op("ResizeNearestNeighbor", inputs=["images: T", "size: int32"],
             outputs=["resized_images: T"],
             attrs=["T: {%s}" % _RESIZE_TYPES, "align_corners: bool = false",
                    "half_pixel_centers: bool = false"])
class ResizeNearestNeighbor(_Resize):
    def kernel(self, images, size, *, align_corners, half_pixel_centers):
        h, w = _check_resize(images, size, align_corners, half_pixel_centers)
        ys = _nearest_index(images.shape[1], h, align_corners, half_pixel_centers)
        xs = _nearest_index(images.shape[2], w, align_corners, half_pixel_centers)
        return images[:, ys][:, :, xs]

    def grad(self, op, grad):
        size = apply_op("StridedSlice", [apply_op("Shape", [op.inputs[0]], {"out_type": _dtypes.int32}),
                                         np.array([1], np.int32), np.array([3], np.int32),
                                         np.array([1], np.int32)],
                        {"begin_mask": 0, "end_mask": 0, "ellipsis_mask": 0, "new_axis_mask": 0,
                         "shrink_axis_mask": 0})
        attrs = {"align_corners": op.get_attr("align_corners"),
                 "half_pixel_centers": op.get_attr("half_pixel_centers")}
        return [apply_op("ResizeNearestNeighborGrad", [grad, size], attrs), None]


def _grad_shape(grads, original):
    g, o = _dims(grads), _dims(original)
    for d in (g, o):
        if d is not None and len(d) != 4:
            raise ValueError("Shape must be rank 4 but is rank %d" % len(d))
    if o is None:
        return TensorShape([None if g is None else g[0], None, None, None if g is None else g[3]])
    return TensorShape(o)


def _transpose_resize(grads, original, matrix, align_corners, half_pixel):
    if grads.ndim != 4 or original.ndim != 4:
        raise _invalid("input_grad and original_image must be 4-dimensional")
    my = matrix(original.shape[1], grads.shape[1], align_corners, half_pixel)
    mx = matrix(original.shape[2], grads.shape[2], align_corners, half_pixel)
    g = grads.astype(np.float32, copy=False)
    t = np.einsum("yi,nyxc->nixc", my, g, optimize=True)
    return np.einsum("xj,nixc->nijc", mx, t, optimize=True).astype(original.dtype)


@register_op("ResizeBilinearGrad", inputs=["grads: float", "original_image: T"], outputs=["output: T"],
             attrs=["T: {float, bfloat16, half, double}", "align_corners: bool = false",
                    "half_pixel_centers: bool = false"])
class ResizeBilinearGrad(OpDef):
    grad = None  # TF marks it not differentiable: tf.gradients gives None

    def shape(self, grads, original_image):
        return _grad_shape(grads, original_image)

    def kernel(self, grads, original_image, *, align_corners, half_pixel_centers):
        return _transpose_resize(grads, original_image, _linear_matrix, align_corners,
                                 half_pixel_centers)


@register_op("ResizeBicubicGrad", inputs=["grads: float", "original_image: T"], outputs=["output: T"],
             attrs=["T: {float, double}", "align_corners: bool = false",
                    "half_pixel_centers: bool = false"])
class ResizeBicubicGrad(OpDef):
    grad = staticmethod(_no_gradient)  # no second derivatives, as in TF

    def shape(self, grads, original_image):
        return _grad_shape(grads, original_image)

    def kernel(self, grads, original_image, *, align_corners, half_pixel_centers):
        return _transpose_resize(grads, original_image, _cubic_matrix, align_corners,
                                 half_pixel_centers)


@register_op("ResizeNearestNeighborGrad", inputs=["grads: T", "size: int32"], outputs=["output: T"],
             attrs=["T: {uint8, int8, int32, half, float, double, bfloat16}",
                    "align_corners: bool = false", "half_pixel_centers: bool = false"])
class ResizeNearestNeighborGrad(OpDef):
    grad = staticmethod(_no_gradient)  # no second derivatives, as in TF

    def shape(self, grads, size):
        return _resize_shape(grads, size)

    def kernel(self, grads, size, *, align_corners, half_pixel_centers):
        if grads.ndim != 4:
            raise _invalid("input must be 4-dimensional%s" % _shape_text(grads.shape))
        h, w = int(size[0]), int(size[1])
        ys = _nearest_index(h, grads.shape[1], align_corners, half_pixel_centers)
        xs = _nearest_index(w, grads.shape[2], align_corners, half_pixel_centers)
        out = np.zeros((grads.shape[0], h, w, grads.shape[3]), grads.dtype)
        np.add.at(out, (slice(None), ys[:, None], xs[None, :]), grads)
        return out


class ResizeMethod:
    BILINEAR = 0
    NEAREST_NEIGHBOR = 1
    BICUBIC = 2
    AREA = 3


tf_export("image.ResizeMethod")(ResizeMethod)
_METHOD_OPS = {0: "ResizeBilinear", 1: "ResizeNearestNeighbor", 2: "ResizeBicubic", 3: "ResizeArea",
               # TF1's resize_images also takes the (string) names of TF2's ResizeMethod
               "bilinear": "ResizeBilinear", "nearest": "ResizeNearestNeighbor",
               "bicubic": "ResizeBicubic", "area": "ResizeArea"}


def _resize_op(op_type, images, size, align_corners, half_pixel_centers, name):
    attrs = {"align_corners": align_corners}
    if op_type != "ResizeArea":
        attrs["half_pixel_centers"] = half_pixel_centers
    return apply_op(op_type, [images, size], attrs, name=name)


def _aspect_preserving_size(images, size):
    """The int32 [height, width] within `size` keeping the aspect ratio of the (4-D) images,
    computed in the graph (as TF does when the sizes are not all known statically)."""
    _, _, h, w = _hw(images)
    f32 = _dtypes.float32

    def ratio(axis, have):
        want = apply_op("StridedSlice", [size, np.array([axis], np.int32), np.array([axis + 1], np.int32),
                                         np.array([1], np.int32)],
                        {"begin_mask": 0, "end_mask": 0, "ellipsis_mask": 0, "new_axis_mask": 0,
                         "shrink_axis_mask": 1})
        return apply_op("RealDiv", [_m.cast(want, f32), _m.cast(_int_tensor(have), f32)], {})

    factor = apply_op("Minimum", [ratio(0, h), ratio(1, w)], {})
    scaled = [_m.cast(apply_op("Round", [apply_op("Mul", [factor, _m.cast(_int_tensor(v), f32)], {})],
                               {}), _dtypes.int32) for v in (h, w)]
    return apply_op("Pack", [scaled], {"axis": 0}, name="size")


@tf_export("image.resize_images", "image.resize")
def resize_images(images, size, method=ResizeMethod.BILINEAR, align_corners=False,
                  preserve_aspect_ratio=False, name=None):
    """TF1 `resize_images`: 3-D or 4-D images; bilinear, bicubic and area give float32."""
    with name_scope(name, "resize", [images, size]):
        images = _convert(images, name="images")
        d = _dims(images)
        if d is None:
            raise ValueError("'images' contains no shape.")
        if len(d) not in (3, 4):
            raise ValueError("'images' must have either 3 or 4 dimensions.")
        batched = len(d) == 4
        if not batched:
            images = apply_op("ExpandDims", [images, np.int32(0)], {})
            d = [1] + d
        size = _convert(size, name="size")
        if not size.shape.is_compatible_with([2]):
            raise ValueError("'size' must be a 1-D Tensor of 2 elements: new_height, new_width")
        if size.dtype.base_dtype is not _dtypes.int32:
            raise ValueError("'size' must be a 1-D int32 Tensor")
        if not isinstance(method, (int, np.integer, str)) or method not in _METHOD_OPS:
            raise ValueError("Resize method is not implemented: %s" % (method,))
        new = tensor_util.constant_value(size)
        if preserve_aspect_ratio and new is not None and None not in d[1:3]:
            factor = min(new[0] / d[1], new[1] / d[2])
            new = np.array([round(d[1] * factor), round(d[2] * factor)], np.int32)
            size = _convert(new, name="size")
        elif preserve_aspect_ratio:
            size = _aspect_preserving_size(images, size)
            new = None
        if new is not None and [int(v) for v in new] == d[1:3]:
            out = images
        else:
            out = _resize_op(_METHOD_OPS[method], images, size, align_corners, False, None)
        if not batched:
            out = apply_op("Squeeze", [out], {"squeeze_dims": [0]})
        return out


def _resize_wrapper(op_type, export):
    if op_type == "ResizeArea":
        def fn(images, size, align_corners=False, name=None):
            return _resize_op(op_type, images, size, align_corners, False, name)
    else:
        def fn(images, size, align_corners=False, name=None, half_pixel_centers=False):
            return _resize_op(op_type, images, size, align_corners, half_pixel_centers, name)
    fn.__name__ = export
    return tf_export("image." + export)(fn)


resize_bilinear = _resize_wrapper("ResizeBilinear", "resize_bilinear")
resize_nearest_neighbor = _resize_wrapper("ResizeNearestNeighbor", "resize_nearest_neighbor")
resize_bicubic = _resize_wrapper("ResizeBicubic", "resize_bicubic")
resize_area = _resize_wrapper("ResizeArea", "resize_area")


# ============================================================ adjustments
@register_op("AdjustContrastv2", inputs=["images: T", "contrast_factor: float"],
             outputs=["output: T"], attrs=["T: {half, float} = DT_FLOAT"])
class AdjustContrastv2(OpDef):
    def shape(self, images, contrast_factor):
        _rank_at_least(images, 3)
        _scalar_input(contrast_factor)
        return images.shape

    def kernel(self, images, contrast_factor):
        if images.ndim < 3:
            raise _invalid("input must be at least 3-D, got shape%s" % _shape_text(images.shape))
        if np.ndim(contrast_factor) != 0:
            raise _invalid("contrast_factor must be scalar: %s" % _shape_text(np.shape(contrast_factor)))
        x = images.astype(np.float32)
        mean = x.mean(axis=(-3, -2), keepdims=True, dtype=np.float32)
        return ((x - mean) * np.float32(contrast_factor) + mean).astype(images.dtype)

    grad = staticmethod(_no_gradient)  # TF has no gradient for AdjustContrastv2 either


# ============================================================= composites
@tf_export("image.convert_image_dtype")
def convert_image_dtype(image, dtype, saturate=False, name=None):
    """Casts between image dtypes, rescaling: floats in [0, 1], integers in [0, MAX]."""
    image = _convert(image, name="image")
    dtype = _dtypes.as_dtype(dtype).base_dtype
    src = image.dtype.base_dtype
    if not (dtype.is_floating or dtype.is_integer):
        raise AttributeError("dtype must be either floating point or integer")
    if not (src.is_floating or src.is_integer):
        raise AttributeError("image dtype must be either floating point or integer")
    if dtype is src:
        return apply_op("Identity", [image], {}, name=name)
    with name_scope(name, "convert_image", [image]) as name:
        if src.is_integer and dtype.is_integer:
            if src.max > dtype.max:
                step = (int(src.max) + 1) // (int(dtype.max) + 1)
                scaled = apply_op("FloorDiv", [image, np.array(step, src.as_numpy_dtype)], {})
                return (_m.saturate_cast if saturate else _m.cast)(scaled, dtype, name=name)
            widened = (_m.saturate_cast if saturate else _m.cast)(image, dtype)
            step = (int(dtype.max) + 1) // (int(src.max) + 1)
            return apply_op("Mul", [widened, np.array(step, dtype.as_numpy_dtype)], {}, name=name)
        if src.is_floating and dtype.is_floating:
            return _m.cast(image, dtype, name=name)
        if src.is_integer:
            as_float = _m.cast(image, dtype)
            return apply_op("Mul", [as_float, np.array(1.0 / src.max, dtype.as_numpy_dtype)], {},
                            name=name)
        scaled = apply_op("Mul", [image, np.array(float(dtype.max) + 0.5, src.as_numpy_dtype)], {})
        return (_m.saturate_cast if saturate else _m.cast)(scaled, dtype, name=name)


def _image_rank(image, least=3):
    d = _dims(image)
    if d is not None and len(d) < least:
        raise ValueError("'image' (shape %s) must be at least three-dimensional."
                         % (tuple(d),))
    return None if d is None else len(d)


def _flip(image, axis, scope, name):
    with name_scope(name, scope, [image]):
        image = _convert(image, name="image")
        rank = _image_rank(image)
        axis = axis if rank is None else rank + axis
        return apply_op("ReverseV2", [image, np.array([axis], np.int32)], {})


@tf_export("image.flip_left_right")
def flip_left_right(image):
    return _flip(image, -2, "flip_left_right", None)


@tf_export("image.flip_up_down")
def flip_up_down(image):
    return _flip(image, -3, "flip_up_down", None)


@tf_export("image.rgb_to_grayscale")
def rgb_to_grayscale(images, name=None):
    with name_scope(name, "rgb_to_grayscale", [images]) as name:
        images = _convert(images, name="images")
        orig = images.dtype.base_dtype
        flt = convert_image_dtype(images, _dtypes.float32)
        weights = np.array([0.2989, 0.5870, 0.1140], np.float32)
        gray = apply_op("Sum", [apply_op("Mul", [flt, weights], {}), np.array([-1], np.int32)],
                        {"keep_dims": True})
        return convert_image_dtype(gray, orig, name=name)


@tf_export("image.grayscale_to_rgb")
def grayscale_to_rgb(images, name=None):
    with name_scope(name, "grayscale_to_rgb", [images]) as name:
        images = _convert(images, name="images")
        d = _dims(images)
        if d is not None and d[-1] is not None and d[-1] != 1:
            raise ValueError("Last dimension of a grayscale image should be size 1.")
        if d is not None:
            multiples = np.array([1] * (len(d) - 1) + [3], np.int32)
        else:
            rank = apply_op("Rank", [images], {})
            ones = apply_op("Fill", [apply_op("ExpandDims", [apply_op("Sub", [rank, np.int32(1)], {}),
                                                             np.int32(0)], {}), np.int32(1)], {})
            multiples = apply_op("ConcatV2", [[ones, np.array([3], np.int32)], np.int32(0)], {})
        return apply_op("Tile", [images, multiples], {}, name=name)


@tf_export("image.per_image_standardization")
def per_image_standardization(image):
    with name_scope(None, "per_image_standardization", [image]) as scope:
        image = _convert(image, name="image")
        _image_rank(image)
        if not image.dtype.is_floating:
            image = _m.cast(image, _dtypes.float32)
        axes = np.array([-1, -2, -3], np.int32)
        shape = apply_op("Shape", [image], {"out_type": _dtypes.int32})
        last3 = apply_op("StridedSlice", [shape, np.array([-3], np.int32), np.array([0], np.int32),
                                          np.array([1], np.int32)],
                         {"begin_mask": 0, "end_mask": 1, "ellipsis_mask": 0,
                          "new_axis_mask": 0, "shrink_axis_mask": 0})
        num_pixels = apply_op("Prod", [last3, np.array([0], np.int32)], {"keep_dims": False})
        mean = apply_op("Mean", [image, axes], {"keep_dims": True})
        centered = apply_op("Sub", [image, mean], {})
        variance = apply_op("Mean", [apply_op("Square", [centered], {}), axes], {"keep_dims": True})
        stddev = apply_op("Sqrt", [variance], {})
        min_stddev = apply_op("Rsqrt", [_m.cast(num_pixels, image.dtype)], {})
        adjusted = apply_op("Maximum", [stddev, min_stddev], {})
        return apply_op("RealDiv", [centered, adjusted], {}, name=scope)


def _as_int(v):
    """A Python int for a Python/NumPy integer or a constant tensor, else None."""
    if isinstance(v, _ops.Tensor):
        c = tensor_util.constant_value(v)
        return None if c is None else int(c)
    return int(v)


def _int_tensor(v):
    return v if isinstance(v, _ops.Tensor) else np.int32(v)


def _hw(image):
    """(rank-4 image, batched?, height, width) with dims as ints or int32 scalar tensors."""
    d = _dims(image)
    if d is None:
        raise ValueError("'image' contains no shape.")
    if len(d) not in (3, 4):
        raise ValueError("'image' (shape %s) must have either 3 or 4 dimensions." % (tuple(d),))
    batched = len(d) == 4
    if not batched:
        image = apply_op("ExpandDims", [image, np.int32(0)], {})
        d = [1] + d
    dims = []
    for axis in (1, 2):
        if d[axis] is not None:
            dims.append(d[axis])
        else:
            shape = apply_op("Shape", [image], {"out_type": _dtypes.int32})
            dims.append(apply_op("StridedSlice", [shape, np.array([axis], np.int32),
                                                  np.array([axis + 1], np.int32),
                                                  np.array([1], np.int32)],
                                 {"begin_mask": 0, "end_mask": 0, "ellipsis_mask": 0,
                                  "new_axis_mask": 0, "shrink_axis_mask": 1}))
    return image, batched, dims[0], dims[1]


def _arith(op_type, py, a, b):
    if not isinstance(a, _ops.Tensor) and not isinstance(b, _ops.Tensor):
        return py(int(a), int(b))
    return apply_op(op_type, [_int_tensor(a), _int_tensor(b)], {})


def _unbatch(image, batched):
    return image if batched else apply_op("Squeeze", [image], {"squeeze_dims": [0]})


def _check(cond, msg):
    if cond is False:
        raise ValueError(msg)


def _ge(a, b):
    """a >= b when both are known statically, else None (checked by the kernels at run time)."""
    a, b = _as_int(a), _as_int(b)
    return None if a is None or b is None else a >= b


@tf_export("image.crop_to_bounding_box")
def crop_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    with name_scope(None, "crop_to_bounding_box", [image]):
        image = _convert(image, name="image")
        image, batched, h, w = _hw(image)
        _check(_ge(offset_width, 0), "offset_width must be >= 0.")
        _check(_ge(offset_height, 0), "offset_height must be >= 0.")
        _check(_ge(target_width, 1), "target_width must be > 0.")
        _check(_ge(target_height, 1), "target_height must be > 0.")
        _check(_ge(w, _arith("AddV2", int.__add__, target_width, offset_width)),
               "width must be >= target + offset.")
        _check(_ge(h, _arith("AddV2", int.__add__, target_height, offset_height)),
               "height must be >= target + offset.")
        begin = apply_op("Pack", [[np.int32(0), _int_tensor(offset_height), _int_tensor(offset_width),
                                   np.int32(0)]], {"axis": 0})
        size = apply_op("Pack", [[np.int32(-1), _int_tensor(target_height), _int_tensor(target_width),
                                  np.int32(-1)]], {"axis": 0})
        cropped = apply_op("Slice", [image, begin, size], {})
        d = _dims(image)
        cropped.set_shape([d[0], None if isinstance(target_height, _ops.Tensor) else target_height,
                           None if isinstance(target_width, _ops.Tensor) else target_width, d[3]])
        return _unbatch(cropped, batched)


@tf_export("image.pad_to_bounding_box")
def pad_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    with name_scope(None, "pad_to_bounding_box", [image]):
        image = _convert(image, name="image")
        image, batched, h, w = _hw(image)
        after_w = _arith("Sub", int.__sub__, _arith("Sub", int.__sub__, target_width, offset_width), w)
        after_h = _arith("Sub", int.__sub__, _arith("Sub", int.__sub__, target_height, offset_height), h)
        _check(_ge(offset_height, 0), "offset_height must be >= 0")
        _check(_ge(offset_width, 0), "offset_width must be >= 0")
        _check(_ge(after_w, 0), "width must be <= target - offset")
        _check(_ge(after_h, 0), "height must be <= target - offset")
        flat = [np.int32(0), np.int32(0), offset_height, after_h, offset_width, after_w,
                np.int32(0), np.int32(0)]
        if any(isinstance(v, _ops.Tensor) for v in flat):
            paddings = apply_op("Reshape", [apply_op("Pack", [[_int_tensor(v) for v in flat]],
                                                     {"axis": 0}), np.array([4, 2], np.int32)], {})
        else:
            paddings = np.array(flat, np.int32).reshape(4, 2)
        padded = apply_op("Pad", [image, paddings], {})
        d = _dims(image)
        padded.set_shape([d[0], None if isinstance(target_height, _ops.Tensor) else target_height,
                          None if isinstance(target_width, _ops.Tensor) else target_width, d[3]])
        return _unbatch(padded, batched)


@tf_export("image.resize_image_with_crop_or_pad")
def resize_image_with_crop_or_pad(image, target_height, target_width):
    with name_scope(None, "resize_image_with_crop_or_pad", [image]):
        image = _convert(image, name="image")
        image, batched, h, w = _hw(image)
        _check(_ge(target_width, 1), "target_width must be > 0.")
        _check(_ge(target_height, 1), "target_height must be > 0.")

        def offsets(target, have):
            diff = _arith("Sub", int.__sub__, target, have)
            neg = _arith("Sub", int.__sub__, 0, diff)
            crop = _arith("Maximum", max, _arith("FloorDiv", int.__floordiv__, neg, 2), 0)
            pad = _arith("Maximum", max, _arith("FloorDiv", int.__floordiv__, diff, 2), 0)
            return crop, pad, _arith("Minimum", min, target, have)

        crop_h, pad_h, keep_h = offsets(target_height, h)
        crop_w, pad_w, keep_w = offsets(target_width, w)
        cropped = crop_to_bounding_box(image, crop_h, crop_w, keep_h, keep_w)
        padded = pad_to_bounding_box(cropped, pad_h, pad_w, target_height, target_width)
        return _unbatch(padded, batched)


@tf_export("image.central_crop")
def central_crop(image, central_fraction):
    with name_scope(None, "central_crop", [image]):
        image = _convert(image, name="image")
        if central_fraction <= 0.0 or central_fraction > 1.0:
            raise ValueError("central_fraction must be within (0, 1]")
        if central_fraction == 1.0:
            return image
        d = _dims(image)
        if d is None or len(d) not in (3, 4):
            raise ValueError("`image` should either be a Tensor with rank = 3 or rank = 4. "
                             "Had rank = %s." % (None if d is None else len(d)))
        axis = len(d) - 3
        begin, size = [0] * len(d), [-1] * len(d)
        shape = None
        for i in (axis, axis + 1):
            if d[i] is not None:
                start = int((d[i] - d[i] * float(central_fraction)) / 2)
                begin[i], size[i] = start, d[i] - 2 * start
            else:
                if shape is None:
                    shape = apply_op("Shape", [image], {"out_type": _dtypes.int32})
                n = apply_op("StridedSlice", [shape, np.array([i], np.int32), np.array([i + 1], np.int32),
                                              np.array([1], np.int32)],
                             {"begin_mask": 0, "end_mask": 0, "ellipsis_mask": 0, "new_axis_mask": 0,
                              "shrink_axis_mask": 1})
                nf = _m.cast(n, _dtypes.float64)
                cut = apply_op("Mul", [nf, np.float64(1.0 - float(central_fraction))], {})
                start = _m.cast(apply_op("RealDiv", [cut, np.float64(2.0)], {}), _dtypes.int32)
                begin[i] = start
                size[i] = apply_op("Sub", [n, apply_op("Mul", [start, np.int32(2)], {})], {})
        if shape is None:
            b, s = np.array(begin, np.int32), np.array(size, np.int32)
        else:
            b = apply_op("Pack", [[_int_tensor(v) for v in begin]], {"axis": 0})
            s = apply_op("Pack", [[_int_tensor(v) for v in size]], {"axis": 0})
        out = apply_op("Slice", [image, b, s], {})
        out.set_shape([d[i] if i < axis or i > axis + 1 else
                       (None if isinstance(size[i], _ops.Tensor) else size[i]) for i in range(len(d))])
        return out


def _adjust(image, scope, name, build):
    with name_scope(name, scope, [image]) as name:
        image = _convert(image, name="image")
        orig = image.dtype.base_dtype
        flt = image if orig in (_dtypes.float16, _dtypes.float32) else \
            convert_image_dtype(image, _dtypes.float32)
        adjusted = build(flt, name)
        return convert_image_dtype(adjusted, orig, saturate=True)


@tf_export("image.adjust_brightness")
def adjust_brightness(image, delta):
    def build(flt, name):
        d = _m.cast(_convert(delta), flt.dtype.base_dtype)
        return apply_op("AddV2", [flt, d], {}, name=name)
    return _adjust(image, "adjust_brightness", None, build)


@tf_export("image.adjust_contrast")
def adjust_contrast(images, contrast_factor):
    def build(flt, name):
        factor = _convert(contrast_factor, _dtypes.float32, name="contrast_factor")
        return apply_op("AdjustContrastv2", [flt, factor], {}, name=name)
    return _adjust(images, "adjust_contrast", None, build)
