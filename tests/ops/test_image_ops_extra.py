"""tf.image functions of tensorweave/ops/image_extra_ops.py and image_extra_composites.py,
against values recorded from TensorFlow 2.21 (graph mode, tf.compat.v1)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

R = np.random.default_rng(0)
IMG = R.uniform(0, 1, (2, 5, 6, 3)).astype(np.float32)
U8 = (IMG * 255).astype(np.uint8)
BOXES = np.array([[0.1, 0.2, 0.8, 0.9], [0.0, 0.0, 1.0, 1.0], [0.3, 0.1, 0.35, 0.7],
                  [-0.2, 0.5, 0.6, 1.3]], np.float32)
NMS_BOXES = np.array([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11],
                      [0, 10.1, 1, 11.1], [0, 100, 1, 101]], np.float32)
NMS_SCORES = np.array([0.9, 0.75, 0.6, 0.95, 0.5, 0.3], np.float32)


def run(fn, feed=None):
    with tf.Graph().as_default():
        t = fn()
        with tf.Session() as sess:
            return t, sess.run(t, feed)


def sample(v):
    flat = np.asarray(v).reshape(-1)
    return flat[::max(1, flat.size // 12)][:12]


# name: (builder, dtype, static shape, sampled values recorded from TF)
RECORDED = {
    "gamma_u8": (lambda: tf.image.adjust_gamma(U8, 0.5, 1.2), "uint8", (2, 5, 6, 3),
                 [244, 127, 253, 255, 194, 199, 255, 224, 179, 196, 27, 169]),
    "hue": (lambda: tf.image.adjust_hue(IMG, 0.3), "float32", (2, 5, 6, 3),
            [0.040974, 0.403957, 0.135097, 0.75581, 0.090753, 0.995097, 0.014706, 0.931017,
             0.966062, 0.545462, 0.009955, 0.86312]),
    "sat_u8": (lambda: tf.image.adjust_saturation(U8, 2.0), "uint8", (2, 5, 6, 3),
               [162, 0, 175, 227, 103, 0, 236, 47, 0, 2, 0, 14]),
    "hsv": (lambda: tf.image.rgb_to_hsv(IMG), "float32", (2, 5, 6, 3),
            [0.063987, 0.42201, 0.076451, 0.900463, 0.057234, 0.60964, 0.173748, 0.699498,
             0.643617, 0.42119, 0.365567, 0.677628]),
    "yiq": (lambda: tf.image.rgb_to_yiq(IMG), "float32", (2, 5, 6, 3),
            [0.353487, 0.620934, 0.449543, 0.470577, 0.247834, 0.60465, 0.847149, 0.527173,
             0.465665, 0.675115, 0.226222, 0.349138]),
    "rot1": (lambda: tf.image.rot90(IMG[0]), "float32", (None, None, 3),
             [0.175656, 0.876484, 0.729015, 0.084015, 0.734484, 0.650459, 0.497423, 0.383678,
              0.090753, 0.124283, 0.230642, 0.040974]),
    "rwpad": (lambda: tf.image.resize_image_with_pad(IMG[0], 4, 9), "float32", (4, 9, 3),
              [0.0, 0.311582, 0.0, 0.0, 0.396388, 0.0, 0.0, 0.538243, 0.0, 0.0, 0.665424, 0.0]),
    "car": (lambda: tf.image.crop_and_resize(IMG, BOXES, np.array([0, 1, 0, 1], np.int32), [3, 4]),
            "float32", (4, 3, 4, 3),
            [0.05963, 0.311093, 0.722105, 0.927424, 0.888118, 0.48885, 0.253961, 0.274943,
             0.295925, 0.0, 0.426727, 0.499296]),
    "car_nearest": (lambda: tf.image.crop_and_resize(IMG, BOXES, np.array([1, 0, 1, 0], np.int32),
                                                     [4, 3], method="nearest",
                                                     extrapolation_value=-1.0),
                    "float32", (4, 4, 3, 3),
                    [0.86364, 0.066082, 0.593924, 0.636962, 0.980835, 0.105495, 0.028365, 0.757951,
                     0.066082, -1.0, 0.175656, -1.0]),
    "patches": (lambda: tf.image.extract_patches(IMG, [1, 2, 3, 1], [1, 2, 1, 1], [1, 1, 2, 1],
                                                 "SAME"), "float32", (2, 3, 6, 18),
                [0.0, 0.016528, 0.0, 0.357795, 0.0, 0.425229, 0.0, 0.86364, 0.0, 0.288331, 0.0,
                 0.308857]),
    "psnr": (lambda: tf.image.psnr(IMG, IMG[::-1], 1.0), "float32", (2,), [7.808637, 7.808637]),
    "psnr_u8": (lambda: tf.image.psnr(U8, U8[::-1], 255), "float32", (2,), [7.803196, 7.803196]),
    "nms": (lambda: tf.image.non_max_suppression(NMS_BOXES, NMS_SCORES, 3, 0.5), "int32", (None,),
            [3, 0, 5]),
    "nms_threshold": (lambda: tf.image.non_max_suppression(NMS_BOXES, NMS_SCORES, 10, 0.5,
                                                           score_threshold=0.4),
                      "int32", (None,), [3, 0]),
    "nms_pad": (lambda: tf.image.non_max_suppression_padded(
        NMS_BOXES, NMS_SCORES, 5, 0.5, pad_to_max_output_size=True)[0], "int32", (5,),
        [3, 0, 5, 0, 0]),
    "draw": (lambda: tf.image.draw_bounding_boxes(IMG, np.stack([BOXES, BOXES[::-1]])), "float32",
             (2, 5, 6, 3), [0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0]),
    "glimpse": (lambda: tf.image.extract_glimpse(IMG, [2, 3], np.array([[0.1, -0.2], [0.0, 0.3]],
                                                                      np.float32)),
                "float32", (2, 2, 3, 3),
                [0.299712, 0.124283, 0.615385, 0.485835, 0.357795, 0.5943, 0.757951, 0.066082,
                 0.34431, 0.809711, 0.412896, 0.959078]),
}


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_values_dtypes_and_static_shapes_match_tensorflow(name):
    build, dtype, static, expected = RECORDED[name]
    t, value = run(build)
    assert t.dtype.name == dtype
    assert tuple(t.shape.as_list()) == static
    np.testing.assert_allclose(sample(value), expected, rtol=1e-5, atol=2e-6)


def test_soft_nms_selects_and_rescores_like_tensorflow():
    _, (idx, scores) = run(lambda: tf.image.non_max_suppression_with_scores(
        NMS_BOXES, NMS_SCORES, 6, 1.0, 0.0, soft_nms_sigma=0.5))
    np.testing.assert_array_equal(idx, [3, 0, 1, 5, 4, 2])
    np.testing.assert_allclose(scores, [0.95, 0.9, 0.384004, 0.3, 0.256003, 0.196972], atol=2e-6)


def test_soft_nms_ignores_the_iou_threshold():
    # TF 2.21: with soft_nms_sigma > 0 overlapping boxes are only rescored, never dropped.
    boxes = np.array([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, 0.5, 1, 1.5]], np.float32)
    for threshold in (0.0, 0.5, 1.0):
        _, (idx, scores) = run(lambda: tf.image.non_max_suppression_with_scores(
            boxes, [0.9, 0.75, 0.6], 3, threshold, soft_nms_sigma=0.5))
        np.testing.assert_array_equal(idx, [0, 2, 1])
        np.testing.assert_allclose(scores, [0.9, 0.5369036, 0.31957063], rtol=1e-5)


def test_nms_with_overlaps_matches_tensorflow():
    ov = np.array([[1, .9, .1, .2, .3, .1], [.9, 1, .2, .1, .1, .1], [.1, .2, 1, .4, .6, .2],
                   [.2, .1, .4, 1, .3, .1], [.3, .1, .6, .3, 1, .1], [.1, .1, .2, .1, .1, 1]],
                  np.float32)
    _, idx = run(lambda: tf.image.non_max_suppression_overlaps(ov, NMS_SCORES, 4, 0.5))
    # by score: 3 (0.95), 0 (0.9), 1 suppressed by 0 (0.9 overlap), 2 (0.6), 4 suppressed by 2.
    np.testing.assert_array_equal(idx, [3, 0, 2, 5])


def test_combined_nms_shapes_and_values():
    boxes = np.array([[[[0, 0, 1, 1]], [[0, 0.1, 1, 1.1]], [[0, 2, 1, 3]]]], np.float32)
    scores = np.array([[[0.9, 0.1], [0.8, 0.7], [0.2, 0.6]]], np.float32)
    t, (b, s, c, n) = run(lambda: tf.image.combined_non_max_suppression(
        boxes, scores, 2, 4, 0.5, 0.15))
    assert [x.shape.as_list() for x in t] == [[1, 4, 4], [1, 4], [1, 4], [1]]
    np.testing.assert_allclose(s, [[0.9, 0.7, 0.6, 0.2]])
    np.testing.assert_allclose(c, [[0, 1, 1, 0]])
    np.testing.assert_allclose(b[0, 1], [0, 0.1, 1, 1])  # clipped to [0, 1]
    assert n.tolist() == [4]


def test_ssim_and_multiscale_match_tensorflow():
    r = np.random.default_rng(0)
    r.uniform(0, 1, (2, 5, 6, 3))
    big = r.uniform(0, 1, (2, 24, 26, 3)).astype(np.float32)
    big2 = np.clip(big + r.normal(0, 0.1, big.shape), 0, 1).astype(np.float32)
    hb = r.uniform(0, 1, (1, 180, 190, 1)).astype(np.float32)
    hb2 = np.clip(hb + r.normal(0, 0.05, hb.shape), 0, 1).astype(np.float32)
    _, v = run(lambda: tf.image.ssim(big, big2, 1.0))
    np.testing.assert_allclose(v, [0.94813, 0.943644], atol=2e-6)
    _, v = run(lambda: tf.image.ssim((big * 255).astype(np.uint8), (big2 * 255).astype(np.uint8),
                                     255))
    np.testing.assert_allclose(v, [0.948079, 0.943571], atol=2e-6)
    _, v = run(lambda: tf.image.ssim_multiscale(hb, hb2, 1.0))
    np.testing.assert_allclose(v, [0.987821], atol=2e-6)
    _, v = run(lambda: tf.image.ssim_multiscale(hb, hb2, 1.0, filter_size=3,
                                                power_factors=(0.5, 0.3, 0.2)))
    np.testing.assert_allclose(v, [0.983476], atol=2e-6)


def test_op_types_follow_tensorflow():
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [2, 3, 3])
        assert tf.image.adjust_hue(x, 0.2).op.type == "Identity"
        assert tf.image.rgb_to_hsv(x).op.type == "RGBToHSV"
        assert tf.image.hsv_to_rgb(x).name == "HSVToRGB:0"
        assert tf.image.rgb_to_yiq(x).name == "Tensordot:0"
        assert tf.image.transpose(x).name == "transpose/transpose:0"
        p = tf.image.extract_image_patches(tf.placeholder(tf.float32, [1, 4, 5, 3]), [1, 2, 2, 1],
                                           [1, 1, 1, 1], [1, 1, 1, 1], "VALID")
        assert p.op.type == "ExtractImagePatches" and p.shape.as_list() == [1, 3, 4, 12]
        v = tf.extract_volume_patches(tf.placeholder(tf.float32, [1, 4, 5, 3, 2]), [1, 2, 2, 2, 1],
                                      [1, 1, 1, 1, 1], "VALID")
        assert v.shape.as_list() == [1, 3, 4, 2, 16]
        nms = tf.image.non_max_suppression(tf.placeholder(tf.float32, [5, 4]),
                                           tf.placeholder(tf.float32, [5]), 3)
        assert nms.name == "non_max_suppression/NonMaxSuppressionV3:0"
        types = {op.type for op in g.get_operations()}
        assert {"AdjustHue", "MatMul", "Transpose"} <= types


def test_uint8_hue_goes_through_convert_image_dtype():
    with tf.Graph().as_default() as g:
        out = tf.image.adjust_hue(tf.placeholder(tf.uint8, [2, 3, 3]), 0.2)
        assert out.dtype == tf.uint8 and out.name == "adjust_hue/convert_image_1:0"
        assert [op.type for op in g.get_operations()].count("Cast") == 2


def test_random_augmentations_are_seeded_and_keep_shape_and_dtype():
    def build():
        tf.set_random_seed(7)
        x = tf.constant(IMG)
        return [tf.image.random_flip_left_right(x), tf.image.random_flip_up_down(x[0]),
                tf.image.random_brightness(x, 0.3), tf.image.random_contrast(x, 0.5, 1.5),
                tf.image.random_hue(U8, 0.2), tf.image.random_saturation(x, 0.5, 1.5)]
    ts, first = run(build)
    _, second = run(build)
    for t, a, b in zip(ts, first, second):
        np.testing.assert_array_equal(a, b)
        assert a.shape == tuple(t.shape.as_list())
    assert first[4].dtype == np.uint8
    flips = first[0]
    for i in range(2):  # each batch image is itself or its mirror
        assert np.array_equal(flips[i], IMG[i]) or np.array_equal(flips[i], IMG[i, :, ::-1])


def test_random_flip_batch_flips_each_image_independently():
    with tf.Graph().as_default():
        x = tf.constant(np.arange(64 * 2, dtype=np.float32).reshape(64, 1, 2, 1))
        out = tf.image.random_flip_left_right(x, seed=3)
        with tf.Session() as sess:
            v = sess.run(out)
    flipped = v[:, 0, 0, 0] > v[:, 0, 1, 0]
    assert 0 < flipped.sum() < 64


def test_sample_distorted_bounding_box_is_seeded_and_inside():
    def build():
        return tf.image.sample_distorted_bounding_box(
            [40, 50, 3], np.array([[[0.1, 0.1, 0.9, 0.9]]], np.float32), seed=4,
            min_object_covered=0.5)
    ts, (begin, size, box) = run(build)
    _, again = run(build)
    assert [t.shape.as_list() for t in ts] == [[3], [3], [1, 1, 4]]
    np.testing.assert_array_equal(begin, again[0])
    assert begin[2] == 0 and size[2] == -1
    assert begin[0] + size[0] <= 40 and begin[1] + size[1] <= 50
    np.testing.assert_allclose(box[0, 0], [begin[0] / 40, begin[1] / 50, (begin[0] + size[0]) / 40,
                                           (begin[1] + size[1]) / 50], rtol=1e-6)


def test_rot90_values_and_static_shape():
    x = np.arange(6, dtype=np.float32).reshape(2, 3, 1)
    for k in range(5):
        t, v = run(lambda k=k: tf.image.rot90(x, k))
        np.testing.assert_array_equal(v[..., 0], np.rot90(x[..., 0], k))
    t, v = run(lambda: tf.image.rot90(np.stack([x, x]), 3))
    assert t.shape.as_list() == [2, None, None, 1]
    np.testing.assert_array_equal(v[1, ..., 0], np.rot90(x[..., 0], 3))


def test_total_variation_and_image_gradients():
    x = np.array([[[1.0], [4.0]], [[2.0], [8.0]]], np.float32)
    _, v = run(lambda: tf.image.total_variation(x))
    assert v == 1 + 4 + 3 + 6
    t, (dy, dx) = run(lambda: tf.image.image_gradients(x[None]))
    np.testing.assert_array_equal(dy[0, ..., 0], [[1, 4], [0, 0]])
    np.testing.assert_array_equal(dx[0, ..., 0], [[3, 0], [6, 0]])
    t, v = run(lambda: tf.image.sobel_edges(x[None]))
    assert t.shape.as_list() == [1, 2, 2, 1, 2]


def test_resize_with_crop_or_pad_alias():
    t, v = run(lambda: tf.image.resize_with_crop_or_pad(IMG[0], 3, 9))
    assert t.shape.as_list() == [3, 9, 3]
    np.testing.assert_array_equal(v[:, 1:7], IMG[0, 1:4])


def test_gradients_flow_through_crop_and_resize_and_patches():
    with tf.Graph().as_default():
        x = tf.constant(IMG)
        y = tf.image.crop_and_resize(x, BOXES[:3], np.array([0, 1, 0], np.int32), [3, 4])
        p = tf.image.extract_patches(x, [1, 2, 2, 1], [1, 1, 1, 1], [1, 1, 1, 1], "VALID")
        gy, gp = tf.gradients(tf.reduce_sum(y), x)[0], tf.gradients(tf.reduce_sum(p), x)[0]
        with tf.Session() as sess:
            vy, vp = sess.run([gy, gp])
    assert vy.shape == IMG.shape and np.isfinite(vy).all() and vy.min() >= 0
    # bilinear weights sum to one per output value: 3 boxes inside, 3x4 points x 3 channels
    np.testing.assert_allclose(vy.sum(), 3 * 12 * 3, rtol=1e-5)
    # each interior pixel is in 4 windows of 2x2, corners in 1
    assert vp[0, 0, 0, 0] == 1 and vp[0, 2, 2, 0] == 4


def test_errors_match_tensorflow():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [4, 4, 3])
        with pytest.raises(ValueError, match="upper must be > lower"):
            tf.image.random_contrast(x, 0.5, 0.5)
        with pytest.raises(ValueError, match="max_delta must be <= 0.5"):
            tf.image.random_hue(x, 0.6)
        with pytest.raises(ValueError, match="max_delta must be non-negative"):
            tf.image.random_brightness(x, -1.0)
        with pytest.raises(ValueError, match="image_gradients expects a 4D tensor"):
            tf.image.image_gradients(x)
        with pytest.raises(ValueError):
            tf.image.crop_and_resize(x, BOXES, [0, 0, 0, 0], [2, 2])  # image must be 4-D
        nms = tf.image.non_max_suppression(NMS_BOXES, NMS_SCORES, 3, iou_threshold=1.5)
        bad = tf.image.crop_and_resize(tf.zeros([1, 4, 4, 3]), BOXES, [0, 0, 0, 5], [2, 2])
        with tf.Session() as sess:
            with pytest.raises(tf.errors.InvalidArgumentError, match="iou_threshold"):
                sess.run(nms)
            with pytest.raises(tf.errors.OutOfRangeError, match="box_index"):  # as TF's kernel
                sess.run(bad)


def test_decoders_and_is_jpeg():
    pytest.importorskip("PIL")
    import io

    from PIL import Image

    pixels = (np.arange(48, dtype=np.uint8).reshape(4, 4, 3) * 5)
    bmp, jpeg = io.BytesIO(), io.BytesIO()
    Image.fromarray(pixels).save(bmp, "BMP")
    Image.fromarray(np.full((6, 5, 3), 128, np.uint8)).save(jpeg, "JPEG")
    with tf.Graph().as_default():
        outs = [tf.image.decode_bmp(bmp.getvalue()), tf.image.is_jpeg(jpeg.getvalue()),
                tf.image.is_jpeg(bmp.getvalue()), tf.image.extract_jpeg_shape(jpeg.getvalue()),
                tf.image.decode_and_crop_jpeg(jpeg.getvalue(), [1, 1, 3, 2]),
                tf.image.random_jpeg_quality(tf.constant(IMG[0]), 40, 60, seed=1)]
        with tf.Session() as sess:
            d, yes, no, shape, crop, rq = sess.run(outs)
    np.testing.assert_array_equal(d, pixels)
    assert yes and not no
    assert shape.tolist() == [6, 5, 3] and crop.shape == (3, 2, 3)
    assert rq.shape == IMG[0].shape and rq.dtype == np.float32


def test_adjust_gamma_converts_python_gain_and_checks_tensor_gamma_at_run_time():
    img = np.array([[[0.25, 0.5, 1.0]]], np.float32)
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(tf.image.adjust_gamma(img, 2)), img ** 2)
        np.testing.assert_allclose(sess.run(tf.image.adjust_gamma(img, 0.5, gain=2)), 2 * img ** 0.5,
                                   rtol=1e-6)
        with pytest.raises(tf.errors.InvalidArgumentError, match="non-negative"):
            sess.run(tf.image.adjust_gamma(img, tf.constant(-1.0)))
