# crop_to_bounding_box / pad_to_bounding_box: values, shapes and errors (static and at run time).
from prelude import tf, np, rnd

img = tf.constant(np.arange(3 * 4 * 1, dtype=np.float32).reshape(3, 4, 1))
a = tf.image.crop_to_bounding_box(img, 1, 2, 2, 2)
b = tf.image.pad_to_bounding_box(img, 2, 1, 6, 6)
c = tf.image.crop_to_bounding_box(img[None], 0, 0, 3, 4)
print(a.shape.as_list(), b.shape.as_list(), c.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(a)[:, :, 0]), rnd(sess.run(b)[:, :, 0]))
for bad in (lambda: tf.image.crop_to_bounding_box(img, 2, 0, 2, 2),
            lambda: tf.image.crop_to_bounding_box(img, 0, 3, 2, 2),
            lambda: tf.image.crop_to_bounding_box(img, -1, 0, 2, 2),
            lambda: tf.image.crop_to_bounding_box(img, 0, 0, 0, 2),
            lambda: tf.image.pad_to_bounding_box(img, 0, 0, 2, 4),
            lambda: tf.image.pad_to_bounding_box(img, -1, 0, 5, 5),
            lambda: tf.image.pad_to_bounding_box(img, 3, 0, 5, 5),
            lambda: tf.image.pad_to_bounding_box(tf.zeros([2, 2]), 0, 0, 3, 3)):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
p = tf.placeholder(tf.float32, [None, None, 1])
cp = tf.image.crop_to_bounding_box(p, 1, 1, 2, 2)
pp = tf.image.pad_to_bounding_box(p, 1, 1, 4, 4)
print(cp.shape.as_list(), pp.shape.as_list())
with tf.Session() as sess:
    print(sess.run(cp, {p: np.ones([3, 3, 1])}).shape)
    for t in (cp, pp):
        try:
            sess.run(t, {p: np.ones([5, 5, 1])}) if t is pp else sess.run(t, {p: np.ones([2, 2, 1])})
            print("ok")
        except Exception as e:
            print(type(e).__name__)
