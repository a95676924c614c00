# Image preprocessing in a tf.data map: decode-free uint8 arrays -> convert_image_dtype, resize (bilinear/nearest/area), crop, standardize.
from prelude import tf, np, rnd

rs = np.random.RandomState(80)
imgs = rs.randint(0, 256, (3, 6, 8, 3)).astype(np.uint8)


def prep(img):
    f = tf.image.convert_image_dtype(img, tf.float32)
    r = tf.image.resize_images(f, [4, 4])
    n = tf.image.resize_images(f, [3, 5], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
    a = tf.image.resize_images(f, [3, 4], method=tf.image.ResizeMethod.AREA)
    c = tf.image.central_crop(f, 0.5)
    p = tf.image.resize_image_with_crop_or_pad(f, 8, 6)
    s = tf.image.per_image_standardization(img)
    g = tf.image.rgb_to_grayscale(f)
    return r, n, a, c, p, s, g


ds = tf.data.Dataset.from_tensor_slices(imgs).map(prep).batch(3)
out = tf.data.make_one_shot_iterator(ds).get_next()
print([t.shape for t in out], [t.dtype.name for t in out])
flip = tf.image.flip_left_right(imgs)
bright = tf.image.adjust_brightness(tf.image.convert_image_dtype(imgs, tf.float32), 0.1)
hsv = tf.image.rgb_to_hsv(tf.image.convert_image_dtype(imgs[:1], tf.float32))
with tf.Session() as sess:
    r, n, a, c, p, s, g = sess.run(out)
    print(rnd(r[0, :, :, 0], 3))
    print(rnd(n[1, :, :, 1], 3))
    print(rnd(a[2, :, :, 2], 3))
    print(c.shape, rnd(c[0, :, :, 0], 3))
    print(rnd(p[0, :, :, 0], 2))
    print(rnd(s[0, 0, :3, 0], 3), rnd(g[1, 0, :4, 0], 3))
    print(sess.run(flip)[0, 0, :3, 0].tolist(), rnd(sess.run(bright)[0, 0, 0], 3), rnd(sess.run(hsv)[0, 0, :2], 3))
