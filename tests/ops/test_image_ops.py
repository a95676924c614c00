"""tf.image: codecs, resize ops (values recorded from TensorFlow 2.21), composites."""

import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

RGB = np.array([[[0, 7, 14], [21, 28, 35], [200, 100, 50], [255, 255, 255], [1, 2, 3]]], np.uint8)
# 3x4 single-channel image, values i ** 1.5.
X = np.arange(12, dtype=np.float32).reshape(1, 3, 4, 1) ** 1.5


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def _pillow():
    return pytest.importorskip("PIL")


# ================================================================= codecs
def test_encode_png_then_decode_png_round_trips_every_channel_count():
    _pillow()
    for c in (1, 2, 3, 4):
        img = np.random.default_rng(c).integers(0, 256, (5, 7, c)).astype(np.uint8)
        assert np.array_equal(run(tf.image.decode_png(tf.image.encode_png(img))), img)


def test_uint16_gray_png_round_trips_exactly():
    _pillow()
    img = (np.arange(12, dtype=np.uint16).reshape(3, 4, 1) * 2100)
    png = tf.image.encode_png(img)
    assert png.op.get_attr("T") == tf.uint16
    out = run(tf.image.decode_png(png, dtype=tf.uint16))
    assert out.dtype == np.uint16 and np.array_equal(out, img)
    # 16-bit samples read as uint8 keep their high byte, as libpng's strip does.
    assert np.array_equal(run(tf.image.decode_png(png)), (img >> 8).astype(np.uint8))


# 6x5 16-bit PNGs written by TensorFlow's encoder (libpng; rows use all five filter types).
PNG16_RGB = (
    "iVBORw0KGgoAAAANSUhEUgAAAAUAAAAGEAIAAADUCR9fAAAAxUlEQVQImQG6AEX/A4ygEZQu4Lq3c8lY6zqj/Z1E7c"
    "FqnkI4ODuqh1YYAgIMuFIIaniA6JCsnGTLRF7AokDjtO9sF3B/GN3YBtwA2Mx1MK/IexNSD6QXAA4ADmmG2OEpGdjh"
    "wXgF+HsoATqY0vDNFGSji9eQsx1TAAcMv4X7XsdMMwy/HVP6KwSHxDnI1/wRvI2n3dgABwbjQZSkm++/BntQkAbj1w"
    "MD4EZw1OiQ1BLAEN3c2IDrgn7+OxyCigy8eUAG4F9iC2tY575UoSMAAAAASUVORK5CYII=")
PNG16_GRAY_ALPHA = (
    "iVBORw0KGgoAAAANSUhEUgAAAAUAAAAGEAQAAADxYkCDAAAAiUlEQVQImQF+AIH/A1IIb1RvW9pxjKtzzRpsCVgmKK"
    "QiAKQQIygjL29bTDrkkuSZABVGbBeMANLwr8h7EwAHzSJMOnshF4XHVKoIAR1M5IQG47q3mF9nr/orJC8G4+iXAml4"
    "rvh1MLTUHUx7DJGsF3D0SLDIAtEgfxiL0AAAaKidZDqYF3Cu+AbcGncz/DyaV18AAAAASUVORK5CYII=")


@pytest.mark.parametrize("data, channels, total, first", [
    (PNG16_RGB, 3, 2765760, [36000, 7, 15014, 57021, 43528]),
    (PNG16_GRAY_ALPHA, 2, 1730340, [21000, 39007, 55514, 34521, 27028]),
])
def test_16_bit_colour_pngs_written_by_tensorflow_decode_exactly(data, channels, total, first):
    _pillow()
    import base64

    out = run(tf.image.decode_png(base64.b64decode("".join(data)), dtype=tf.uint16))
    assert out.dtype == np.uint16 and out.shape == (6, 5, channels)
    assert int(out.astype(np.int64).sum()) == total and out[0, :, 0].tolist() == first


def test_decode_png_channel_conversions_match_tensorflow():
    _pillow()
    png = run(tf.image.encode_png(RGB))
    assert run(tf.image.decode_png(png, channels=1)).ravel().tolist() == [5, 26, 124, 255, 1]
    rgba = run(tf.image.decode_png(png, channels=4))
    assert np.array_equal(rgba[..., :3], RGB) and (rgba[..., 3] == 255).all()
    gray_png = run(tf.image.encode_png(RGB[:, :, :1]))
    assert run(tf.image.decode_png(gray_png, channels=3)).ravel().tolist() == \
        [0, 0, 0, 21, 21, 21, 200, 200, 200, 255, 255, 255, 1, 1, 1]
    # 8-bit samples read as uint16 are scaled by 257.
    wide = run(tf.image.decode_png(png, dtype=tf.uint16))
    assert wide.dtype == np.uint16 and np.array_equal(wide, RGB.astype(np.uint16) * 257)


def test_decode_ops_have_tf_types_attrs_and_static_shapes():
    s = tf.placeholder(tf.string, [])
    t = tf.image.decode_png(s, channels=3)
    assert t.op.type == "DecodePng" and t.name == "DecodePng:0" and t.dtype == tf.uint8
    assert t.shape.as_list() == [None, None, 3]
    assert tf.image.decode_png(s, dtype=tf.uint16).dtype == tf.uint16
    j = tf.image.decode_jpeg(s)
    assert j.op.type == "DecodeJpeg" and j.shape.as_list() == [None, None, None]
    assert sorted(j.op.node_def.attr) == ["acceptable_fraction", "channels", "dct_method",
                                          "fancy_upscaling", "ratio", "try_recover_truncated"]
    d = tf.image.decode_image(s)
    assert d.name == "decode_image/DecodeImage:0" and d.shape.ndims is None
    d3 = tf.image.decode_image(s, channels=3, expand_animations=False)
    assert d3.shape.as_list() == [None, None, 3]
    with pytest.raises(TypeError):
        tf.image.decode_png(s, dtype=tf.float32)
    with pytest.raises(ValueError, match="rank 0"):
        tf.image.decode_png(tf.constant(["a", "b"]))
    e = tf.image.encode_jpeg(tf.placeholder(tf.uint8, [None, None, 3]))
    assert e.op.type == "EncodeJpeg" and e.op.get_attr("quality") == 95


def test_decode_image_float32_and_other_dtypes():
    _pillow()
    png = run(tf.image.encode_png(RGB))
    f = run(tf.image.decode_image(png, dtype=tf.float32))
    np.testing.assert_allclose(f, RGB / 255.0, rtol=1e-6)
    i = tf.image.decode_image(png, dtype=tf.int32)
    assert i.op.type == "Mul" and i.op.inputs[0].op.type == "Cast"
    assert np.array_equal(run(i), RGB.astype(np.int64) * 257 * 32768)


def test_jpeg_round_trip_is_close():
    _pillow()
    img = np.full((8, 8, 3), 100, np.uint8)
    img[:4] = 180
    out = run(tf.image.decode_jpeg(tf.image.encode_jpeg(img, quality=100)))
    assert out.shape == (8, 8, 3) and np.abs(out.astype(int) - img).max() <= 3
    gray = run(tf.image.decode_image(tf.image.encode_jpeg(img[:, :, :1])))
    assert gray.shape == (8, 8, 1)


@pytest.mark.parametrize("data, message", [
    (b"garbage", "Unknown image file format"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "Invalid PNG"),
])
def test_corrupt_image_data_is_invalid_argument(data, message):
    _pillow()
    s = tf.placeholder(tf.string, [])
    for op in (tf.image.decode_png(s), tf.image.decode_image(s)):
        with pytest.raises(tf.errors.InvalidArgumentError, match=message):
            run(op, {s: data})


def test_bad_channels_and_encode_inputs_are_invalid_argument():
    _pillow()
    png = run(tf.image.encode_png(RGB))
    with pytest.raises(tf.errors.InvalidArgumentError, match="must be 0, 1, 3 or 4 but got 2"):
        run(tf.image.decode_png(png, channels=2))
    p = tf.placeholder(tf.uint8)
    with pytest.raises(tf.errors.InvalidArgumentError, match="1, 2, 3, or 4 channels, got 5"):
        run(tf.image.encode_png(p), {p: np.zeros((2, 2, 5), np.uint8)})
    with pytest.raises(tf.errors.InvalidArgumentError, match="1 or 3 channels"):
        run(tf.image.encode_jpeg(p), {p: np.zeros((2, 2, 2), np.uint8)})
    with pytest.raises(ValueError, match="at least rank 3"):
        tf.image.encode_png(tf.zeros([2, 2], tf.uint8))


def test_missing_pillow_asks_for_the_image_extra(monkeypatch):
    png = run(tf.image.encode_png(RGB))  # PNG encoding needs no Pillow
    monkeypatch.setitem(sys.modules, "PIL", None)
    with pytest.raises(tf.errors.UnimplementedError, match=r"pip install tensorweave\[image\]"):
        run(tf.image.decode_png(png))


# ================================================================= resize
RECORDED = {  # TF 2.21 outputs of X resized to [2, 5], keyed (op, align_corners, half_pixel)
    ("bilinear", False, False): [[0.0, 0.8, 2.0971, 3.7755, 5.1962],
                                 [15.3137, 18.3349, 21.532, 24.8965, 27.5016]],
    ("bilinear", True, False): [[0.0, 0.75, 1.9142, 3.4204, 5.1962],
                                [22.6274, 25.9069, 29.3114, 32.8378, 36.4829]],
    ("bilinear", False, True): [[2.0, 3.0816, 4.6703, 6.615, 8.5272],
                                [18.9706, 21.8227, 25.2182, 28.7716, 31.9922]],
    ("nearest", False, False): [[0.0, 0.0, 1.0, 2.8284, 5.1962],
                                [8.0, 8.0, 11.1803, 14.6969, 18.5203]],
    ("nearest", True, False): [[0.0, 1.0, 2.8284, 2.8284, 5.1962],
                               [22.6274, 27.0, 31.6228, 31.6228, 36.4829]],
    ("nearest", False, True): [[0.0, 1.0, 2.8284, 2.8284, 5.1962],
                               [22.6274, 27.0, 31.6228, 31.6228, 36.4829]],
    ("bicubic", False, False): [[0.0, 0.6482, 1.9347, 3.9455, 5.4236],
                                [16.0637, 18.9371, 22.4338, 26.4685, 29.1808]],
    ("bicubic", True, False): [[0.0, 0.5806, 1.786, 3.5577, 5.1962],
                               [22.6274, 25.5218, 29.2657, 33.2114, 36.4829]],
    ("bicubic", False, True): [[1.1381, 2.0451, 3.5708, 5.5966, 7.4445],
                               [19.8457, 22.7275, 26.4142, 30.3042, 33.5682]],
    ("area", False, False): [[2.6667, 3.9618, 5.589, 7.4978, 9.6375],
                             [17.7516, 20.733, 23.8538, 27.1095, 30.4953]],
    ("area", True, False): [[4.0, 5.3934, 6.981, 8.7627, 11.8582],
                            [22.6274, 25.5425, 28.5409, 31.6228, 36.4829]],
}
RESIZE_FNS = {"bilinear": tf.image.resize_bilinear, "nearest": tf.image.resize_nearest_neighbor,
              "bicubic": tf.image.resize_bicubic, "area": tf.image.resize_area}


@pytest.mark.parametrize("key", sorted(RECORDED), ids=lambda k: "%s-%s-%s" % k)
def test_resize_ops_match_recorded_tensorflow_values(key):
    name, align, half = key
    kw = {"align_corners": align}
    if half:
        kw["half_pixel_centers"] = True
    out = run(RESIZE_FNS[name](X, [2, 5], **kw))
    assert out.dtype == np.float32 and out.shape == (1, 2, 5, 1)
    np.testing.assert_allclose(out[0, :, :, 0], RECORDED[key], atol=1e-4)


def test_resize_of_integers_bilinear_gives_float_nearest_keeps_dtype():
    img = (X * 5).astype(np.uint8)
    b = tf.image.resize_bilinear(img, [2, 5])
    n = tf.image.resize_nearest_neighbor(img, [2, 5])
    assert b.dtype == tf.float32 and n.dtype == tf.uint8
    np.testing.assert_array_equal(run(n)[0, :, :, 0], [[0, 0, 5, 14, 25], [40, 40, 55, 73, 92]])


@pytest.mark.parametrize("name, expected", [
    ("bilinear", [[0.2, 1.6, 3.0, 5.2], [3.1, 3.8, 4.5, 6.1], [3.1, 3.8, 4.5, 6.1]]),
    ("nearest", [[1.0, 2.0, 3.0, 4.0], [11.0, 7.0, 8.0, 9.0], [0.0, 0.0, 0.0, 0.0]]),
    ("bicubic", [[-0.4885, 0.7783, 2.2406, 4.1883], [3.2968, 4.6782, 5.5529, 7.2533],
                 [2.7763, 3.9395, 4.6761, 6.1081]]),
])
def test_resize_gradients_match_recorded_tensorflow_values(name, expected):
    x = tf.constant(X)
    w = np.arange(10, dtype=np.float32).reshape(1, 2, 5, 1)
    g = tf.gradients(tf.reduce_sum(RESIZE_FNS[name](x, [2, 5]) * w), x)[0]
    np.testing.assert_allclose(run(g)[0, :, :, 0], expected, atol=1e-4)


def test_resize_area_has_no_gradient():
    x = tf.constant(X)
    with pytest.raises(LookupError, match="ResizeArea"):
        tf.gradients(tf.image.resize_area(x, [2, 5]), x)


def test_resize_images_builds_tf_graph_and_dtypes():
    x = tf.placeholder(tf.float32, [2, 4, 5, 3])
    r = tf.image.resize_images(x, [6, 7])
    assert r.name == "resize/ResizeBilinear:0" and r.shape.as_list() == [2, 6, 7, 3]
    assert r.op.get_attr("half_pixel_centers") is False
    assert tf.image.resize(x, [6, 7]).name == "resize_1/ResizeBilinear:0"
    u8 = tf.placeholder(tf.uint8, [4, 5, 3])
    for method, op_type, dtype in [(0, "ResizeBilinear", tf.float32),
                                   (tf.image.ResizeMethod.NEAREST_NEIGHBOR, "ResizeNearestNeighbor",
                                    tf.uint8), (2, "ResizeBicubic", tf.float32),
                                   (3, "ResizeArea", tf.float32)]:
        out = tf.image.resize_images(u8, [6, 7], method=method)
        assert out.op.type == "Squeeze" and out.op.inputs[0].op.type == op_type
        assert out.dtype == dtype and out.shape.as_list() == [6, 7, 3]
    same = tf.image.resize_images(u8, [4, 5])
    assert same.dtype == tf.uint8 and same.op.inputs[0].op.type == "ExpandDims"
    assert tf.image.resize_images(tf.placeholder(tf.float32, [None, None, None, 3]),
                                  [6, 7]).shape.as_list() == [None, 6, 7, 3]
    size = tf.placeholder(tf.int32, [2])
    assert tf.image.resize_images(x, size).shape.as_list() == [2, None, None, 3]


def test_resize_images_values_for_3d_input():
    img = np.random.default_rng(0).uniform(0, 1, (4, 5, 2)).astype(np.float32)
    out = run(tf.image.resize_images(img, [4, 5], method=3))
    np.testing.assert_array_equal(out, img)
    up = run(tf.image.resize_images(img, [8, 10], method=1))
    np.testing.assert_array_equal(up, img.repeat(2, 0).repeat(2, 1))


@pytest.mark.parametrize("build, message", [
    (lambda x: tf.image.resize_images(tf.zeros([4]), [2, 2]), "3 or 4 dimensions"),
    (lambda x: tf.image.resize_images(x, [2]), "1-D Tensor of 2 elements"),
    (lambda x: tf.image.resize_images(x, [2.0, 3.0]), "1-D int32 Tensor"),
    (lambda x: tf.image.resize_images(x, [2, 3], method=7), "not implemented: 7"),
    (lambda x: tf.image.resize_bilinear(x, [2, 3, 4]), "Dimension must be 2 but is 3"),
    (lambda x: tf.image.resize_bilinear(tf.zeros([2, 3]), [2, 3]), "must be rank 4"),
])
def test_resize_construction_errors_are_value_errors(build, message):
    with pytest.raises(ValueError, match=message):
        build(tf.placeholder(tf.float32, [2, 4, 5, 3]))


def test_resize_run_time_errors_are_invalid_argument():
    size = tf.placeholder(tf.int32, [2])
    with pytest.raises(tf.errors.InvalidArgumentError, match="output dimensions must be positive"):
        run(tf.image.resize_bilinear(X, size), {size: [0, 3]})
    with pytest.raises(tf.errors.InvalidArgumentError, match="align_corners must be False"):
        run(tf.image.resize_bilinear(X, [2, 2], align_corners=True, half_pixel_centers=True))
    q = tf.placeholder(tf.float32)
    with pytest.raises(tf.errors.InvalidArgumentError, match=r"4-dimensional\[3,3,1\]"):
        run(tf.image.resize_nearest_neighbor(q, [2, 2]), {q: np.zeros((3, 3, 1))})


# ============================================================= composites
def test_convert_image_dtype_scales_like_tensorflow():
    f = np.array([-0.5, 0.0, 0.2, 0.5, 0.999, 1.0, 1.5], np.float32)
    assert run(tf.image.convert_image_dtype(f, tf.uint8, saturate=True)).tolist() == \
        [0, 0, 51, 127, 255, 255, 255]
    assert run(tf.image.convert_image_dtype(f[1:6], tf.int16)).tolist() == \
        [0, 6553, 16383, 32734, 32767]
    u8 = np.array([0, 1, 127, 128, 255], np.uint8)
    assert run(tf.image.convert_image_dtype(u8, tf.int32)).tolist() == \
        [0, 1 << 23, 127 << 23, 128 << 23, 255 << 23]
    assert run(tf.image.convert_image_dtype(u8, tf.int8)).tolist() == [0, 0, 63, 64, 127]
    i16 = np.array([-32768, -1, 0, 1, 300, 32767], np.int16)
    assert run(tf.image.convert_image_dtype(i16, tf.uint8, saturate=True)).tolist() == \
        [0, 0, 0, 0, 2, 255]
    np.testing.assert_allclose(run(tf.image.convert_image_dtype(u8, tf.float32)), u8 / 255.0,
                               rtol=1e-6)


def test_convert_image_dtype_graph_and_errors():
    x = tf.placeholder(tf.uint8, [2, 3])
    out = tf.image.convert_image_dtype(x, tf.float32)
    assert out.name == "convert_image:0" and out.op.type == "Mul"
    assert tf.image.convert_image_dtype(out, tf.float32).op.type == "Identity"
    sat = tf.image.convert_image_dtype(tf.placeholder(tf.float32), tf.uint8, saturate=True)
    assert sat.op.type == "Cast" and sat.op.inputs[0].op.type == "ClipByValue"
    with pytest.raises(AttributeError, match="dtype must be either floating point or integer"):
        tf.image.convert_image_dtype(x, tf.bool)
    with pytest.raises(AttributeError, match="image dtype"):
        tf.image.convert_image_dtype(tf.constant(["a"]), tf.float32)


def test_flips_grayscale_and_standardization():
    img = np.random.default_rng(1).uniform(0, 1, (2, 3, 4, 3)).astype(np.float32)
    lr = tf.image.flip_left_right(img[0])
    assert lr.name == "flip_left_right/ReverseV2:0"
    np.testing.assert_array_equal(run(lr), img[0, :, ::-1])
    np.testing.assert_array_equal(run(tf.image.flip_up_down(img)), img[:, ::-1])
    np.testing.assert_array_equal(run(tf.image.flip_left_right(tf.placeholder_with_default(img, None))),
                                  img[:, :, ::-1])
    with pytest.raises(ValueError, match="at least three-dimensional"):
        tf.image.flip_up_down(tf.zeros([2, 3]))
    gray = tf.image.rgb_to_grayscale(img)
    assert gray.shape.as_list() == [2, 3, 4, 1]
    np.testing.assert_allclose(run(gray)[..., 0], img @ np.array([0.2989, 0.587, 0.114]), rtol=1e-5)
    assert run(tf.image.rgb_to_grayscale(RGB)).ravel().tolist() == [5, 26, 124, 255, 1]
    g3 = tf.image.grayscale_to_rgb(gray)
    assert g3.name == "grayscale_to_rgb:0" and g3.shape.as_list() == [2, 3, 4, 3]
    with pytest.raises(ValueError, match="size 1"):
        tf.image.grayscale_to_rgb(img)
    std = run(tf.image.per_image_standardization(RGB))
    np.testing.assert_allclose(std.ravel()[:6], [-0.81712, -0.74714, -0.67716, -0.60717, -0.53719,
                                                 -0.46721], atol=1e-5)
    const = run(tf.image.per_image_standardization(np.ones((2, 2, 1), np.float32)))
    np.testing.assert_array_equal(const, np.zeros((2, 2, 1)))


def test_crop_pad_and_central_crop():
    img = np.arange(2 * 8 * 6 * 3, dtype=np.float32).reshape(2, 8, 6, 3)
    crop = tf.image.crop_to_bounding_box(img[0], 1, 2, 3, 4)
    assert crop.name == "crop_to_bounding_box/Squeeze:0" and crop.shape.as_list() == [3, 4, 3]
    np.testing.assert_array_equal(run(crop), img[0, 1:4, 2:6])
    pad = tf.image.pad_to_bounding_box(img, 1, 2, 10, 9)
    np.testing.assert_array_equal(run(pad), np.pad(img, [[0, 0], [1, 1], [2, 1], [0, 0]]))
    with pytest.raises(ValueError, match="height must be >= target \\+ offset"):
        tf.image.crop_to_bounding_box(img[0], 6, 2, 3, 4)
    with pytest.raises(ValueError, match="height must be <= target - offset"):
        tf.image.pad_to_bounding_box(img[0], 1, 2, 5, 9)
    both = run(tf.image.resize_image_with_crop_or_pad(img[0], 5, 9))
    np.testing.assert_array_equal(both, np.pad(img[0, 1:6], [[0, 0], [1, 2], [0, 0]]))
    cc = tf.image.central_crop(img[0], 0.5)
    assert cc.shape.as_list() == [4, 4, 3]
    np.testing.assert_array_equal(run(cc), img[0, 2:6, 1:5])
    dyn = tf.placeholder(tf.float32, [None, None, 3])
    np.testing.assert_array_equal(run(tf.image.central_crop(dyn, 0.5), {dyn: img[0]}), img[0, 2:6, 1:5])
    np.testing.assert_array_equal(run(tf.image.resize_image_with_crop_or_pad(dyn, 5, 9), {dyn: img[0]}),
                                  both)
    with pytest.raises(ValueError, match="central_fraction"):
        tf.image.central_crop(img[0], 1.5)


def test_adjust_brightness_and_contrast_match_tensorflow():
    assert run(tf.image.adjust_brightness(RGB, 0.1)).ravel().tolist() == \
        [25, 32, 39, 46, 53, 60, 225, 125, 75, 255, 255, 255, 26, 27, 28]
    assert run(tf.image.adjust_contrast(RGB, 1.5)).ravel().tolist() == \
        [0, 0, 0, 0, 2, 16, 252, 111, 39, 255, 255, 255, 0, 0, 0]
    f = np.random.default_rng(2).uniform(0, 1, (2, 4, 5, 3)).astype(np.float32)
    x = tf.constant(f)
    c = tf.image.adjust_contrast(x, 1.7)
    assert c.op.type == "Identity" and c.op.inputs[0].op.type == "AdjustContrastv2"
    mean = f.mean(axis=(1, 2), keepdims=True)
    np.testing.assert_allclose(run(c), (f - mean) * 1.7 + mean, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(run(tf.image.adjust_brightness(f, -0.2)), f - 0.2, rtol=1e-6)
    q = tf.placeholder(tf.float32)
    with pytest.raises(tf.errors.InvalidArgumentError, match="at least 3-D"):
        run(tf.image.adjust_contrast(q, 2.0), {q: np.zeros((3, 3))})
    with pytest.raises(LookupError):
        tf.gradients(c, x)


def test_second_derivatives_of_resize_follow_tensorflow():
    x = tf.constant(X)
    g_bilinear = tf.gradients(tf.reduce_sum(tf.image.resize_bilinear(x, [5, 5]) ** 2), x)[0]
    assert g_bilinear.op.type == "ResizeBilinearGrad"
    assert tf.gradients(g_bilinear, x) == [None]
    g_bicubic = tf.gradients(tf.reduce_sum(tf.image.resize_bicubic(x, [5, 5]) ** 2), x)[0]
    with pytest.raises(LookupError, match="ResizeBicubicGrad"):
        tf.gradients(g_bicubic, x)


def test_resize_images_takes_tf2_method_names_and_rejects_others():
    x = tf.constant(X)
    for method, op_type in (("bilinear", "ResizeBilinear"), ("nearest", "ResizeNearestNeighbor"),
                            ("bicubic", "ResizeBicubic"), ("area", "ResizeArea")):
        r = tf.image.resize(x, [2, 3], method=method)
        assert r.op.type == op_type and r.shape.as_list() == [1, 2, 3, 1]
    np.testing.assert_allclose(run(tf.image.resize_images(x, [2, 3], method="nearest")),
                               run(tf.image.resize_nearest_neighbor(x, [2, 3])))
    for bad in ("lanczos3", "BILINEAR"):
        with pytest.raises(ValueError, match="not implemented"):
            tf.image.resize_images(x, [2, 3], method=bad)


def test_preserve_aspect_ratio_with_unknown_dims_resizes_in_the_graph():
    p = tf.placeholder(tf.float32, [None, None, None, 1])
    r = tf.image.resize_images(p, [5, 5], preserve_aspect_ratio=True)
    assert r.shape.as_list() == [None, None, None, 1]
    assert run(tf.shape(r), {p: np.zeros([2, 10, 20, 1])}).tolist() == [2, 2, 5, 1]
    assert run(tf.shape(r), {p: np.zeros([1, 4, 4, 1])}).tolist() == [1, 5, 5, 1]


def test_bounding_box_ops_and_central_crop_keep_static_dims_of_unknown_images():
    p = tf.placeholder(tf.float32, [None, None, 2])
    assert tf.image.pad_to_bounding_box(p, 1, 1, 4, 5).shape.as_list() == [4, 5, 2]
    assert tf.image.crop_to_bounding_box(p, 1, 1, 2, 3).shape.as_list() == [2, 3, 2]
    assert tf.image.resize_image_with_crop_or_pad(p, 3, 4).shape.as_list() == [3, 4, 2]
    assert tf.image.central_crop(p, 0.5).shape.as_list() == [None, None, 2]
    assert tf.image.central_crop(tf.placeholder(tf.float32, [3, None, 8, 1]), 0.5).shape.as_list() == \
        [3, None, 4, 1]
    r = tf.image.resize_image_with_crop_or_pad(p, 3, 4)
    assert run(r, {p: np.ones([5, 2, 2])})[:, :, 0].tolist() == [[0, 1, 1, 0]] * 3
