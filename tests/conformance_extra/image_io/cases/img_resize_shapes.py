# Static shapes of resize ops with partially unknown placeholders, tensor sizes, preserve_aspect_ratio.
from prelude import tf, np, rnd

p4 = tf.placeholder(tf.float32, [None, None, None, 3])
p3 = tf.placeholder(tf.float32, [None, 7, 3])
pu = tf.placeholder(tf.float32)
s = tf.placeholder(tf.int32, [2])
print(tf.image.resize_images(p4, [5, 6]).shape.as_list())
print(tf.image.resize_images(p3, [5, 6]).shape.as_list())
print(tf.image.resize_images(p4, s).shape.as_list())
print(tf.image.resize_images(p4, tf.constant([2, 9])).shape.as_list())
print(tf.image.resize(p3, [4, 4]).shape.as_list())
fixed = tf.zeros([2, 10, 20, 1])
for sz in ([5, 5], [30, 30], [8, 100]):
    print(tf.image.resize_images(fixed, sz, preserve_aspect_ratio=True).shape.as_list(),
          tf.image.resize(fixed[0], sz, preserve_aspect_ratio=True).shape.as_list())
print(tf.image.resize_images(p4, [5, 5], preserve_aspect_ratio=True).shape.as_list())
for bad in (lambda: tf.image.resize_images(pu, [2, 2]),
            lambda: tf.image.resize_images(tf.zeros([4, 4]), [2, 2]),
            lambda: tf.image.resize_images(fixed, [2, 2, 2]),
            lambda: tf.image.resize_images(fixed, [2.0, 2.0]),
            lambda: tf.image.resize(fixed, [2, 2], method="bogus")):
    try:
        r = bad()
        print("ok", r.shape)
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    r = tf.image.resize_images(p4, s)
    print(sess.run(tf.shape(r), {p4: np.zeros([1, 3, 3, 3]), s: [4, 2]}).tolist())
