# Resize ops: attribute combinations and sizes rejected at run time, 3-D input to raw resize ops.
from prelude import tf, np, rnd

img = tf.constant(np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1))
sz = tf.placeholder(tf.int32, [2])
cases = [tf.image.resize_bilinear(img, [2, 2], align_corners=True, half_pixel_centers=True),
         tf.image.resize_nearest_neighbor(img, [2, 2], align_corners=True, half_pixel_centers=True),
         tf.image.resize_bilinear(img, sz), tf.image.resize_area(img, sz), tf.image.resize_images(img, sz)]
with tf.Session() as sess:
    for t in cases[:2]:
        try:
            sess.run(t)
            print("ok")
        except Exception as e:
            print(type(e).__name__)
    for t in cases[2:]:
        for s in ([0, 2], [-1, 2], [1, 1]):
            try:
                print(sess.run(t, {sz: s}).shape)
            except Exception as e:
                print(type(e).__name__)
for bad in (lambda: tf.image.resize_bilinear(img[0], [2, 2]), lambda: tf.image.resize_bilinear(img, [2]),
            lambda: tf.image.resize_bilinear(img, [2.0, 2.0]), lambda: tf.image.resize_images(img, [0, 2]),
            lambda: tf.image.resize_nearest_neighbor(tf.zeros([1, 2, 2, 1], tf.string), [1, 1])):
    try:
        r = bad()
        print("ok", r.shape)
    except Exception as e:
        print(type(e).__name__)
