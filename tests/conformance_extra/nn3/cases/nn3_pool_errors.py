# pooling argument errors and depth max pooling: ksize/strides on batch or channel, wrong lengths, bad padding, window too big.
from prelude import tf, np, rnd

x = tf.ones([2, 4, 4, 3])
x6 = tf.constant(np.arange(2 * 4 * 4 * 6, dtype=np.float32).reshape(2, 4, 4, 6) % 11)
cases = [
    lambda: tf.nn.max_pool(x, [2, 2, 2, 1], [1, 1, 1, 1], "VALID"),
    lambda: tf.nn.max_pool(x, [1, 2, 2, 1], [2, 1, 1, 1], "VALID"),
    lambda: tf.nn.avg_pool(x, [1, 2, 2, 1], [1, 1, 1, 1], "same"),
    lambda: tf.nn.max_pool(x, [1, 2, 2], [1, 1, 1, 1], "VALID"),
    lambda: tf.nn.max_pool(x, [1, 5, 5, 1], [1, 1, 1, 1], "VALID"),
    lambda: tf.nn.avg_pool(x, [1, 5, 5, 1], [1, 1, 1, 1], "SAME"),
    lambda: tf.nn.max_pool(x, [1, 0, 2, 1], [1, 1, 1, 1], "VALID"),
    lambda: tf.nn.max_pool(tf.ones([4, 4, 3]), 2, 2, "VALID"),
    lambda: tf.nn.max_pool3d(x, 2, 2, "VALID"),
    lambda: tf.nn.avg_pool(x, [1, 1, 1, 2], [1, 1, 1, 2], "VALID"),
    lambda: tf.nn.max_pool(x, [1, 1, 1, 3], [1, 1, 1, 3], "VALID"),
    lambda: tf.nn.max_pool(tf.ones([2, 4, 4, 3], tf.int32), 2, 2, "VALID"),
    lambda: tf.nn.avg_pool(tf.ones([2, 4, 4, 3], tf.int32), 2, 2, "VALID"),
    lambda: tf.nn.max_pool(x6, [1, 1, 1, 3], [1, 1, 1, 2], "VALID"),
    lambda: tf.nn.max_pool(x6, [1, 1, 1, 4], [1, 1, 1, 4], "VALID"),
    lambda: tf.nn.max_pool(x6, [1, 2, 2, 3], [1, 1, 1, 3], "VALID"),
    lambda: tf.nn.max_pool(x6, [1, 1, 1, 6], [1, 1, 1, 6], "SAME"),
    lambda: tf.gradients(tf.nn.max_pool(x6, [1, 1, 1, 3], [1, 1, 1, 3], "VALID"), x6)[0],
    lambda: tf.nn.max_pool3d(tf.ones([1, 2, 2, 2, 2]), [1, 1, 1, 1, 1], [2, 1, 1, 1, 1], "VALID"),
    lambda: tf.nn.avg_pool3d(tf.ones([1, 2, 2, 2, 2]), [1, 1, 1, 1, 1], [1, 1, 1, 1, 2], "VALID"),
    lambda: tf.nn.max_pool(x, [1, 2, 2, 1], [1, 1, 1, 1], [[0, 0], [1, -1], [0, 0], [0, 0]]),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "built", r.shape.as_list(), r.dtype.name)
        try:
            with tf.Session() as sess:
                v = sess.run(r)
                print(i, "ran", v.shape, rnd(v.reshape(-1)[:4]))
        except Exception as e:
            print(i, "run", type(e).__name__)
    except Exception as e:
        print(i, type(e).__name__)
