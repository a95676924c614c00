"""`tf.image` functions TF builds from other ops: random augmentations, rot90/transpose,
crop-or-pad, resize_with_pad, total_variation, psnr, ssim, sobel_edges, image_gradients and
JPEG quality. Imported by image_extra_ops (which declares the ops they use)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.scopes import control_dependencies, name_scope
from tensorweave.ops import array_ops as _a
from tensorweave.ops import image_extra_ops as _x
from tensorweave.ops import image_ops as _img
from tensorweave.ops import math_ops as _m
from tensorweave.ops import random_ops as _random
from tensorweave.ops import reduction_ops as _r

_convert = _ops.convert_to_tensor
_dims = _img._dims
_op = _x._op


def _at_least_3d(image):
    d = _dims(image)
    if d is not None and len(d) < 3:
        raise ValueError("'image' (shape %s) must be at least three-dimensional."
                         % (tuple(d),))
    return d


# ================================================================= random
def _check_range(lower, upper):
    if upper <= lower:
        raise ValueError("upper must be > lower.")
    if lower < 0:
        raise ValueError("lower must be non-negative.")


@tf_export("image.random_brightness")
def random_brightness(image, max_delta, seed=None):
    if max_delta < 0:
        raise ValueError("max_delta must be non-negative.")
    delta = _random.random_uniform([], -max_delta, max_delta, seed=seed)
    return _img.adjust_brightness(image, delta)


@tf_export("image.random_contrast")
def random_contrast(image, lower, upper, seed=None):
    _check_range(lower, upper)
    factor = _random.random_uniform([], lower, upper, seed=seed)
    return _img.adjust_contrast(image, factor)


@tf_export("image.random_hue")
def random_hue(image, max_delta, seed=None):
    if max_delta > 0.5:
        raise ValueError("max_delta must be <= 0.5.")
    if max_delta < 0:
        raise ValueError("max_delta must be non-negative.")
    delta = _random.random_uniform([], -max_delta, max_delta, seed=seed)
    return _x.adjust_hue(image, delta)


@tf_export("image.random_saturation")
def random_saturation(image, lower, upper, seed=None):
    _check_range(lower, upper)
    factor = _random.random_uniform([], lower, upper, seed=seed)
    return _x.adjust_saturation(image, factor)


def _random_flip(image, axis, seed, scope_name):
    from tensorweave.ops import control_flow_ops

    with name_scope(None, scope_name, [image]) as scope:
        image = _convert(image, name="image")
        d = _at_least_3d(image)
        if d is None:
            raise ValueError("'image' must have a known rank for %s." % scope_name)
        if len(d) == 3:
            u = _random.random_uniform([], 0, 1.0, seed=seed)
            flip = _m.less(u, 0.5)
            out = control_flow_ops.cond(
                flip, lambda: _op("ReverseV2", image, np.array([axis], np.int32)),
                lambda: image, name=scope)
            out.set_shape(image.shape)
            return out
        if len(d) != 4:
            raise ValueError("'image' (shape %s) must have either 3 (unbatched) or 4 (batched) "
                             "dimensions." % (tuple(d),))
        batch = _a.shape(image)[0] if d[0] is None else np.int32(d[0])
        u = _random.random_uniform(_a.stack([batch]), 0, 1.0, seed=seed)
        flips = _op("Round", _a.reshape(u, _a.stack([batch, 1, 1, 1])))
        flips = _m.cast(flips, image.dtype.base_dtype)
        flipped = _op("ReverseV2", image, np.array([axis + 1], np.int32))
        one = np.array(1, image.dtype.base_dtype.as_numpy_dtype)
        return _op("AddV2", _op("Mul", flips, flipped),
                   _op("Mul", _op("Sub", one, flips), image), name="add")


@tf_export("image.random_flip_left_right")
def random_flip_left_right(image, seed=None):
    return _random_flip(image, 1, seed, "random_flip_left_right")


@tf_export("image.random_flip_up_down")
def random_flip_up_down(image, seed=None):
    return _random_flip(image, 0, seed, "random_flip_up_down")


@tf_export("image.adjust_jpeg_quality")
def adjust_jpeg_quality(image, jpeg_quality, dct_method="", name=None):
    with name_scope(name, "adjust_jpeg_quality", [image]):
        image = _convert(image, name="image")
        d = _dims(image)
        channels = 0 if d is None or d[-1] is None else d[-1]
        orig = image.dtype.base_dtype
        image = _img.convert_image_dtype(image, _dtypes.uint8, saturate=True)
        quality = _convert(jpeg_quality, _dtypes.int32)
        encoded = _op("EncodeJpegVariableQuality", image, quality)
        decoded = _img.decode_jpeg(encoded, channels=channels, dct_method=dct_method)
        return _img.convert_image_dtype(decoded, orig, saturate=True)


@tf_export("image.random_jpeg_quality")
def random_jpeg_quality(image, min_jpeg_quality, max_jpeg_quality, seed=None):
    if (min_jpeg_quality < 0 or max_jpeg_quality < 0 or min_jpeg_quality > 100
            or max_jpeg_quality > 100):
        raise ValueError("jpeg encoding range must be between 0 and 100.")
    if min_jpeg_quality >= max_jpeg_quality:
        raise ValueError("`min_jpeg_quality` must be less than `max_jpeg_quality`.")
    quality = _random.random_uniform([], min_jpeg_quality, max_jpeg_quality, seed=seed,
                                     dtype=_dtypes.int32)
    return adjust_jpeg_quality(image, quality)


# ======================================================= geometry
def _rot90_branches(image, batch_axis):
    o = batch_axis  # 0 for a single image, 1 for a batch
    perm = np.array(list(range(o)) + [o + 1, o, o + 2], np.int32)
    rev = lambda x, axes: _op("ReverseV2", x, np.array(axes, np.int32))
    return (lambda: _op("Transpose", rev(image, [o + 1]), perm),
            lambda: rev(image, [o, o + 1]),
            lambda: rev(_op("Transpose", image, perm), [o + 1]))


@tf_export("image.rot90")
def rot90(image, k=1, name=None):
    from tensorweave.ops import control_flow_ops

    with name_scope(name, "rot90", [image, k]) as scope:
        image = _convert(image, name="image")
        d = _at_least_3d(image)
        k = _convert(k, _dtypes.int32, name="k")
        if k.shape.ndims not in (None, 0):
            raise ValueError("Shape %s must have rank 0" % (k.shape,))
        k = _m.floormod(k, 4) if hasattr(_m, "floormod") else _op("FloorMod", k, np.int32(4),
                                                                  name="mod")
        if d is None:
            raise ValueError("'image' must have a known rank for rot90.")
        if len(d) not in (3, 4):
            raise ValueError("'image' (shape %s) must have either 3 (unbatched) or 4 (batched) "
                             "dimensions." % (tuple(d),))
        r90, r180, r270 = _rot90_branches(image, len(d) - 3)
        cases = [(_m.equal(k, 1), r90), (_m.equal(k, 2), r180), (_m.equal(k, 3), r270)]
        out = control_flow_ops.case(cases, default=lambda: image, exclusive=True, name=scope)
        out.set_shape([None, None, d[2]] if len(d) == 3 else [d[0], None, None, d[3]])
        return out


@tf_export("image.transpose", "image.transpose_image")
def transpose(image, name=None):
    with name_scope(name, "transpose", [image]):
        image = _convert(image, name="image")
        d = _at_least_3d(image)
        if d is None:
            raise ValueError("'image' must have a known rank for transpose.")
        if len(d) == 3:
            perm = [1, 0, 2]
        elif len(d) == 4:
            perm = [0, 2, 1, 3]
        else:
            raise ValueError("'image' must have either 3 or 4 dimensions.")
        return _a.transpose(image, perm, name="transpose")


tf_export("image.resize_with_crop_or_pad")(_img.resize_image_with_crop_or_pad)


@tf_export("image.resize_image_with_pad")
def resize_image_with_pad(image, target_height, target_width,
                          method=_img.ResizeMethod.BILINEAR, align_corners=False):
    with name_scope(None, "resize_image_with_pad", [image]):
        image = _convert(image, name="image")
        d = _dims(image)
        if d is None:
            raise ValueError("'image' contains no shape.")
        if len(d) not in (3, 4):
            raise ValueError("'image' (shape %s) must have either 3 or 4 dimensions."
                             % (tuple(d),))
        batched = len(d) == 4
        if not batched:
            image = _a.expand_dims(image, 0)
            d = [1] + d
        for v, what in ((target_width, "target_width"), (target_height, "target_height")):
            const = _img._as_int(v)
            if const is not None and const <= 0:
                raise ValueError("%s must be > 0." % what)
        _, _, height, width = _img._hw(image)
        f = lambda v: _m.cast(_img._int_tensor(v), _dtypes.float32)
        f_h, f_w, f_th, f_tw = f(height), f(width), f(target_height), f(target_width)
        ratio = _op("Maximum", _op("RealDiv", f_w, f_tw), _op("RealDiv", f_h, f_th))
        resized_h_f = _op("RealDiv", f_h, ratio)
        resized_w_f = _op("RealDiv", f_w, ratio)
        resized_h = _m.cast(_op("Floor", resized_h_f), _dtypes.int32)
        resized_w = _m.cast(_op("Floor", resized_w_f), _dtypes.int32)
        pad_h = _op("Floor", _op("RealDiv", _op("Sub", f_th, resized_h_f), np.float32(2)))
        pad_w = _op("Floor", _op("RealDiv", _op("Sub", f_tw, resized_w_f), np.float32(2)))
        p_h = _op("Maximum", np.int32(0), _m.cast(pad_h, _dtypes.int32))
        p_w = _op("Maximum", np.int32(0), _m.cast(pad_w, _dtypes.int32))
        resized = _img.resize_images(image, _a.stack([resized_h, resized_w]), method,
                                     align_corners)
        padded = _img.pad_to_bounding_box(resized, p_h, p_w, target_height, target_width)
        if not batched:
            padded = _a.squeeze(padded, axis=[0])
        return padded


# ============================================================ measures
@tf_export("image.total_variation")
def total_variation(images, name=None):
    with name_scope(name, "total_variation"):
        images = _convert(images, name="images")
        d = _dims(images)
        if d is None or len(d) not in (3, 4):
            raise ValueError("'images' must be either 3 or 4-dimensional.")
        if len(d) == 3:
            dif1 = images[1:, :, :] - images[:-1, :, :]
            dif2 = images[:, 1:, :] - images[:, :-1, :]
            axis = None
        else:
            dif1 = images[:, 1:, :, :] - images[:, :-1, :, :]
            dif2 = images[:, :, 1:, :] - images[:, :, :-1, :]
            axis = [1, 2, 3]
        return _op("AddV2", _r.reduce_sum(_op("Abs", dif1), axis=axis),
                   _r.reduce_sum(_op("Abs", dif2), axis=axis), name="add")


def _verify_compatible_image_shapes(img1, img2):
    """Static checks of two images' shapes (rank >= 3, same last three dims, broadcastable
    batch dims), and the run-time assertions TF adds."""
    from tensorweave.ops import check_ops

    d1, d2 = _dims(img1), _dims(img2)
    for d in (d1, d2):
        if d is not None and len(d) < 3:
            raise ValueError("Shape must be at least rank 3 but is rank %d" % len(d))
    if d1 is not None and d2 is not None:
        for a, b in zip(d1[-3:], d2[-3:]):
            if a is not None and b is not None and a != b:
                raise ValueError("Shapes %s and %s are incompatible" % (d1[-3:], d2[-3:]))
        for a, b in zip(reversed(d1[:-3]), reversed(d2[:-3])):
            if a is not None and b is not None and a != 1 and b != 1 and a != b:
                raise ValueError("Two images are not compatible: %s and %s" % (d1, d2))
    shape1, shape2 = _a.shape_n([img1, img2])
    checks = [check_ops.assert_greater_equal(_a.size(shape1), 3, message="Shape must be at "
                                             "least rank 3")]
    return shape1, shape2, checks


@tf_export("image.psnr")
def psnr(a, b, max_val, name=None):
    with name_scope(name, "PSNR", [a, b]):
        max_val = _m.cast(max_val, a.dtype.base_dtype if isinstance(a, _ops.Tensor)
                          else _convert(a).dtype.base_dtype)
        max_val = _img.convert_image_dtype(max_val, _dtypes.float32)
        a = _img.convert_image_dtype(a, _dtypes.float32)
        b = _img.convert_image_dtype(b, _dtypes.float32)
        mse = _r.reduce_mean(_m.squared_difference(a, b), [-3, -2, -1])
        log = lambda t: _op("Log", t)
        value = _op("Sub", _op("RealDiv", _op("Mul", np.float32(20), log(max_val)),
                               log(np.float32(10.0))),
                    _op("Mul", np.float32(10 / np.log(10)), log(mse)), name="psnr")
        _, _, checks = _verify_compatible_image_shapes(a, b)
        with control_dependencies(checks):
            return _op("Identity", value)


def _fspecial_gauss(size, sigma):
    coords = _m.cast(_op("Range", np.int32(0), size, np.int32(1)), sigma.dtype.base_dtype)
    coords = coords - _m.cast(size - 1, sigma.dtype.base_dtype) / 2.0
    g = _op("Square", coords)
    g = g * (-0.5 / _op("Square", sigma))
    g = _a.reshape(g, [1, -1]) + _a.reshape(g, [-1, 1])
    g = _a.reshape(g, [1, -1])
    g = _op("Softmax", g)
    return _a.reshape(g, _a.stack([size, size, 1, 1]))


def _ssim_per_channel(img1, img2, max_val, filter_size, filter_sigma, k1, k2):
    from tensorweave.ops import array_creation_ops, check_ops, conv_ops
    from tensorweave.ops.constant_op import constant

    filter_size = constant(filter_size, dtype=_dtypes.int32)
    filter_sigma = constant(filter_sigma, dtype=img1.dtype.base_dtype)
    shape1, shape2 = _a.shape_n([img1, img2])
    d1 = _dims(img1)
    for d in (d1, _dims(img2)):
        fs = tensor_util.constant_value(filter_size)
        if d is not None and any(v is not None and v < fs for v in d[-3:-1]):
            from tensorweave.framework import errors

            raise errors.InvalidArgumentError(None, None, "Condition x >= y did not hold "
                                              "(image smaller than the filter)")
    checks = [check_ops.assert_greater_equal(shape1[-3:-1], filter_size, summarize=8),
              check_ops.assert_greater_equal(shape2[-3:-1], filter_size, summarize=8)]
    with control_dependencies(checks):
        img1 = _op("Identity", img1)
    kernel = _fspecial_gauss(filter_size, filter_sigma)
    kernel = array_creation_ops.tile(kernel, _a.stack([1, 1, shape1[-1], 1]))

    def reducer(x):
        shape = _a.shape(x)
        x = _a.reshape(x, _a.concat([[-1], shape[-3:]], 0))
        y = conv_ops.depthwise_conv2d(x, kernel, strides=[1, 1, 1, 1], padding="VALID")
        return _a.reshape(y, _a.concat([shape[:-3], _a.shape(y)[1:]], 0))

    c1 = (k1 * max_val) ** 2
    c2 = (k2 * max_val) ** 2
    mean0, mean1 = reducer(img1), reducer(img2)
    num0 = mean0 * mean1 * 2.0
    den0 = _op("Square", mean0) + _op("Square", mean1)
    luminance = (num0 + c1) / (den0 + c1)
    num1 = reducer(img1 * img2) * 2.0
    den1 = reducer(_op("Square", img1) + _op("Square", img2))
    cs = (num1 - num0 + c2) / (den1 - den0 + c2)
    axes = constant([-3, -2], dtype=_dtypes.int32)
    return _r.reduce_mean(luminance * cs, axes), _r.reduce_mean(cs, axes)


def _ssim_inputs(img1, img2, max_val):
    img1 = _convert(img1, name="img1")
    img2 = _convert(img2, name="img2")
    _, _, checks = _verify_compatible_image_shapes(img1, img2)
    with control_dependencies(checks):
        img1 = _op("Identity", img1)
    max_val = _m.cast(max_val, img1.dtype.base_dtype)
    max_val = _img.convert_image_dtype(max_val, _dtypes.float32)
    return (_img.convert_image_dtype(img1, _dtypes.float32),
            _img.convert_image_dtype(img2, _dtypes.float32), max_val)


@tf_export("image.ssim")
def ssim(img1, img2, max_val, filter_size=11, filter_sigma=1.5, k1=0.01, k2=0.03,
         return_index_map=False):
    with name_scope(None, "SSIM", [img1, img2]):
        img1, img2, max_val = _ssim_inputs(img1, img2, max_val)
        per_channel, _ = _ssim_per_channel(img1, img2, max_val, filter_size, filter_sigma, k1, k2)
        return _r.reduce_mean(per_channel, [-1])


_MSSSIM_WEIGHTS = (0.0448, 0.2856, 0.3001, 0.2363, 0.1333)


@tf_export("image.ssim_multiscale")
def ssim_multiscale(img1, img2, max_val, power_factors=_MSSSIM_WEIGHTS, filter_size=11,
                    filter_sigma=1.5, k1=0.01, k2=0.03):
    from tensorweave.ops import array_misc_ops, control_flow_ops, nn_ops, pooling_ops
    from tensorweave.ops.constant_op import constant

    with name_scope(None, "MS-SSIM", [img1, img2]):
        img1, img2, max_val = _ssim_inputs(img1, img2, max_val)
        imgs = [img1, img2]
        shapes = _a.shape_n(imgs)
        heads = [s[:-3] for s in shapes]
        tails = [s[-3:] for s in shapes]
        divisor = [1, 2, 2, 1]
        divisor_tensor = constant(divisor[1:], dtype=_dtypes.int32)

        def do_pad(images, remainder):
            padding = _a.expand_dims(remainder, -1)
            padding = array_misc_ops.pad(padding, [[1, 0], [1, 0]])
            return [array_misc_ops.pad(x, padding, mode="SYMMETRIC") for x in images]

        mcs = []
        per_channel = None
        for k in range(len(power_factors)):
            with name_scope(None, "Scale%d" % k, imgs):
                if k > 0:
                    flat = [_a.reshape(x, _a.concat([[-1], t], 0)) for x, t in zip(imgs, tails)]
                    remainder = _m.floormod(tails[0], divisor_tensor) \
                        if hasattr(_m, "floormod") else _op("FloorMod", tails[0], divisor_tensor)
                    need_padding = _r.reduce_any(_m.not_equal(remainder, 0))
                    value = tensor_util.constant_value(need_padding)
                    if value is not None:
                        padded = do_pad(flat, remainder) if value else flat
                    else:
                        padded = control_flow_ops.cond(
                            need_padding, lambda f=flat, r=remainder: do_pad(f, r),
                            lambda f=flat: f)
                    down = [pooling_ops.avg_pool(x, ksize=divisor, strides=divisor,
                                                 padding="VALID") for x in padded]
                    tails = [x[1:] for x in _a.shape_n(down)]
                    imgs = [_a.reshape(x, _a.concat([h, t], 0))
                            for x, h, t in zip(down, heads, tails)]
                per_channel, cs = _ssim_per_channel(imgs[0], imgs[1], max_val, filter_size,
                                                    filter_sigma, k1, k2)
                mcs.append(nn_ops.relu(cs))
        mcs.pop()
        stacked = _a.stack(mcs + [nn_ops.relu(per_channel)], axis=-1)
        factors = np.array(power_factors, np.float32)
        ms = _r.reduce_prod(_m.pow(stacked, factors), [-1])
        return _r.reduce_mean(ms, [-1])


# ========================================================== gradients
_SOBEL = np.array([[[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
                   [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]], np.float64)


@tf_export("image.sobel_edges")
def sobel_edges(image):
    from tensorweave.ops import array_creation_ops, array_misc_ops, conv_ops
    from tensorweave.ops.constant_op import constant

    image = _convert(image)
    static = image.shape
    shape = _a.shape(image)
    kernels = np.expand_dims(np.transpose(_SOBEL, (1, 2, 0)), -2)
    kernels_t = constant(kernels, dtype=image.dtype.base_dtype)
    kernels_t = array_creation_ops.tile(kernels_t, _a.stack([1, 1, shape[-1], 1]),
                                        name="sobel_filters")
    padded = array_misc_ops.pad(image, [[0, 0], [1, 1], [1, 1], [0, 0]], mode="REFLECT")
    out = conv_ops.depthwise_conv2d(padded, kernels_t, [1, 1, 1, 1], "VALID")
    out = _a.reshape(out, _a.concat([shape, [2]], 0))
    out.set_shape(static.concatenate([2]))
    return out


@tf_export("image.image_gradients")
def image_gradients(image):
    from tensorweave.ops import array_creation_ops

    image = _convert(image)
    if image.shape.ndims != 4:
        raise ValueError("image_gradients expects a 4D tensor [batch_size, h, w, d], not %s."
                         % (image.shape,))
    shape = _a.shape(image)
    batch, height, width, depth = _a.unstack(shape)
    dy = image[:, 1:, :, :] - image[:, :-1, :, :]
    dx = image[:, :, 1:, :] - image[:, :, :-1, :]
    dtype = image.dtype.base_dtype
    dy = _a.concat([dy, array_creation_ops.zeros(_a.stack([batch, 1, width, depth]), dtype)], 1)
    dy = _a.reshape(dy, shape)
    dx = _a.concat([dx, array_creation_ops.zeros(_a.stack([batch, height, 1, depth]), dtype)], 2)
    dx = _a.reshape(dx, shape)
    return dy, dx
