# Random image augmentations: static shapes, dtypes, argument errors, value ranges as booleans.
from prelude import tf, np, rnd

img = tf.constant(np.linspace(0, 1, 4 * 5 * 3, dtype=np.float32).reshape(4, 5, 3))
p = tf.placeholder(tf.float32, [None, None, 3])
ts = [tf.image.random_flip_left_right(img, seed=1), tf.image.random_flip_up_down(p, seed=2),
      tf.image.random_flip_left_right(tf.stack([img, img])), tf.image.random_brightness(img, 0.2),
      tf.image.random_contrast(img, 0.5, 1.5), tf.image.random_hue(img, 0.1),
      tf.image.random_saturation(img, 0.5, 1.5), tf.image.random_crop(img, [2, 2, 3])]
for t in ts:
    print(t.dtype.name, t.shape)
for bad in (lambda: tf.image.random_contrast(img, 1.5, 0.5), lambda: tf.image.random_contrast(img, -1.0, 0.5),
            lambda: tf.image.random_hue(img, 0.6), lambda: tf.image.random_hue(img, -0.1),
            lambda: tf.image.random_saturation(img, 2.0, 1.0), lambda: tf.image.random_brightness(img, -0.1),
            lambda: tf.image.random_flip_left_right(tf.zeros([2, 2]))):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
b, s, bb = tf.image.sample_distorted_bounding_box(tf.constant([10, 20, 3]), tf.zeros([1, 0, 4]),
                                                  min_object_covered=0.1, use_image_if_no_bounding_boxes=True)
for t in (b, s, bb):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    f1, br, ct = sess.run([ts[0], ts[3], ts[4]])
    ok_flip = np.array_equal(f1, sess.run(img)) or np.array_equal(f1, sess.run(img)[:, ::-1])
    print(bool(ok_flip), bool(np.all(np.abs(br - sess.run(img)) <= 0.2 + 1e-6)))
    bv, sv, bbv = sess.run([b, s, bb])
    print(bool(np.all(bv + sv <= [10, 20, 3])), bv[2], sv[2], bbv.shape)
