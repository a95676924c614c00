# depth_to_space, space_to_depth, space_to_batch, image resize/crop static shapes.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 4, 6, 8], name="x")
xs = tf.placeholder(tf.float32, [None, None, None, 3], name="xs")
for t in [tf.nn.depth_to_space(x, 2), tf.nn.space_to_depth(x, 2), tf.space_to_batch_nd(x, [2, 2], [[0, 0], [0, 0]]),
          tf.batch_to_space_nd(tf.placeholder(tf.float32, [8, 2, 3, 1]), [2, 2], [[0, 0], [0, 0]]),
          tf.image.resize_images(xs, [10, 12]), tf.image.resize_bilinear(x, [2, 3]), tf.image.resize_nearest_neighbor(xs, tf.constant([5, 5])),
          tf.image.crop_to_bounding_box(x, 1, 1, 2, 3), tf.image.resize_image_with_crop_or_pad(x, 5, 5), tf.image.rgb_to_grayscale(xs),
          tf.image.flip_left_right(x), tf.image.pad_to_bounding_box(x, 1, 1, 8, 8)]:
    print(t.shape, t.dtype.name)
for f in [lambda: tf.nn.space_to_depth(x, 4), lambda: tf.nn.depth_to_space(tf.placeholder(tf.float32, [1, 2, 2, 3]), 2)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.image.resize_images(xs, [10, 12])), {xs: np.ones((1, 3, 3, 3))}).tolist())
