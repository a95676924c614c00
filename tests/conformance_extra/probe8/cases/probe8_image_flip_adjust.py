# flip/rot90/transpose on 3d/4d, adjust_* ops, convert_image_dtype saturate, grayscale.
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
img = tf.constant(np.arange(12.0).reshape(2, 2, 3) / 12, tf.float32)
b = tf.stack([img, img[::-1]])
t("flip_lr", lambda: tf.image.flip_left_right(img))
t("flip_ud_4d", lambda: tf.image.flip_up_down(b))
t("rot90_k3", lambda: tf.image.rot90(img, 3))
t("rot90_k_neg", lambda: tf.image.rot90(img, -1))
t("rot90_4d", lambda: tf.image.rot90(b, 2))
t("rot90_k_tensor", lambda: tf.image.rot90(img, tf.constant(5)))
t("transpose", lambda: tf.image.transpose_image(tf.ones([2, 3, 1])))
t("flip_rank_bad", lambda: tf.image.flip_left_right(tf.ones([2, 2])))
t("brightness", lambda: tf.image.adjust_brightness(img, 0.5))
t("contrast", lambda: tf.image.adjust_contrast(img, 2.0))
t("saturation", lambda: tf.image.adjust_saturation(img, 0.5))
t("hue", lambda: tf.image.adjust_hue(img, 0.25))
t("hue_bad", lambda: tf.image.adjust_hue(img, 1.5))
t("gamma", lambda: tf.image.adjust_gamma(img, 2.0, 0.5))
t("gamma_neg", lambda: tf.image.adjust_gamma(img, -1.0))
t("brightness_u8", lambda: tf.image.adjust_brightness(tf.constant([[[250, 10, 0]]], tf.uint8), 0.1))
t("contrast_u8", lambda: tf.image.adjust_contrast(tf.constant([[[250, 10, 0]], [[0, 0, 0]]], tf.uint8), 2.0))
t("cid_f_u8", lambda: tf.image.convert_image_dtype(tf.constant([0.0, 0.5, 1.0, 1.5, -0.2]), tf.uint8))
t("cid_f_u8_sat", lambda: tf.image.convert_image_dtype(tf.constant([0.5, 1.5, -0.2]), tf.uint8, saturate=True))
t("cid_u8_f", lambda: tf.image.convert_image_dtype(tf.constant([0, 128, 255], tf.uint8), tf.float32))
t("cid_u8_i32", lambda: tf.image.convert_image_dtype(tf.constant([1, 255], tf.uint8), tf.int32))
t("cid_i32_u8", lambda: tf.image.convert_image_dtype(tf.constant([2**24, 2**31 - 1], tf.int32), tf.uint8))
t("cid_u16_f16", lambda: tf.image.convert_image_dtype(tf.constant([65535], tf.uint16), tf.float16))
t("cid_bad", lambda: tf.image.convert_image_dtype(tf.constant([1.0]), tf.string))
t("gray", lambda: tf.image.rgb_to_grayscale(img))
t("gray_rgb", lambda: tf.image.grayscale_to_rgb(tf.ones([2, 2, 1])))
t("gray_rgb_bad", lambda: tf.image.grayscale_to_rgb(tf.ones([2, 2, 2])))
t("hsv_rt", lambda: tf.image.hsv_to_rgb(tf.image.rgb_to_hsv(img)))
t("per_image_std", lambda: tf.image.per_image_standardization(tf.ones([2, 2, 1])))
t("central_crop", lambda: tf.image.central_crop(tf.ones([5, 5, 1]), 0.5))
t("central_crop_bad", lambda: tf.image.central_crop(tf.ones([5, 5, 1]), 1.5))
