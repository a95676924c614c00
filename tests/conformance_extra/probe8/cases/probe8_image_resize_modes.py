# resize methods with align_corners / half_pixel_centers, crop_and_resize, preserve_aspect.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
img = tf.constant(np.arange(16.0).reshape(1, 4, 4, 1), tf.float32)
t("bil_ac", lambda: tf.image.resize_bilinear(img, [3, 3], align_corners=True))
t("bil_hpc", lambda: tf.image.resize_bilinear(img, [3, 3], half_pixel_centers=True))
t("bil_both", lambda: tf.image.resize_bilinear(img, [3, 3], align_corners=True, half_pixel_centers=True))
t("nn_ac", lambda: tf.image.resize_nearest_neighbor(img, [3, 5], align_corners=True))
t("nn_hpc", lambda: tf.image.resize_nearest_neighbor(img, [3, 5], half_pixel_centers=True))
t("bic", lambda: tf.image.resize_bicubic(img, [2, 2]))
t("bic_hpc", lambda: tf.image.resize_bicubic(img, [2, 2], half_pixel_centers=True))
t("area", lambda: tf.image.resize_area(img, [3, 3]))
t("resize_v1_method", lambda: tf.image.resize_images(img, [2, 3], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR))
t("resize_v1_int", lambda: tf.image.resize_images(img, [2, 3], method=1))
t("resize_v1_ac", lambda: tf.image.resize_images(img, [3, 3], align_corners=True))
t("resize_v1_preserve", lambda: tf.image.resize_images(tf.ones([4, 8, 1]), [4, 4], preserve_aspect_ratio=True))
t("resize_int_img", lambda: tf.image.resize_images(tf.ones([4, 4, 1], tf.uint8), [2, 2]))
t("resize_bad_size", lambda: tf.image.resize_images(img, [2]))
t("resize_zero", lambda: tf.image.resize_bilinear(img, [0, 2]))
t("rwcp", lambda: tf.image.resize_image_with_crop_or_pad(img[0], 2, 6))
t("rwp", lambda: tf.image.resize_image_with_pad(img[0], 2, 6))
boxes = tf.constant([[0.0, 0.0, 1.0, 1.0], [0.25, 0.25, 0.75, 0.75], [1.0, 1.0, 0.0, 0.0]])
t("car", lambda: tf.image.crop_and_resize(img, boxes, [0, 0, 0], [2, 2]))
t("car_nearest", lambda: tf.image.crop_and_resize(img, boxes, [0, 0, 0], [3, 3], method="nearest"))
t("car_extrap", lambda: tf.image.crop_and_resize(img, [[-0.5, -0.5, 0.5, 0.5]], [0], [2, 2], extrapolation_value=-1.0))
t("car_bad_ind", lambda: tf.image.crop_and_resize(img, boxes, [0, 1, 0], [2, 2]))
t("car_box_shape", lambda: tf.image.crop_and_resize(img, boxes, [0, 0], [2, 2]))
t("car_crop1", lambda: tf.image.crop_and_resize(img, [[0.0, 0.0, 1.0, 1.0]], [0], [1, 1]))
p = tf.placeholder(tf.float32, [None, None, None, 3])
t("ph_resize", lambda: tf.image.resize_bilinear(p, [5, 7]))
