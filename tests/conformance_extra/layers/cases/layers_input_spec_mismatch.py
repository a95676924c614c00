# A built layer refuses inputs that do not fit what it was built for (last dim, rank,
# channels), and conv layers fold extra leading batch dims.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        out = fn()
        print(label, "ok", out.shape.as_list())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__)


dense = tf.layers.Dense(2, kernel_initializer=tf.ones_initializer())
y = dense(tf.ones([2, 3]))
attempt("dense_same", lambda: dense(tf.ones([5, 3])))
attempt("dense_rank3", lambda: dense(tf.ones([5, 4, 3])))
attempt("dense_wrong_last", lambda: dense(tf.ones([2, 4])))
attempt("dense_unknown_last", lambda: dense(tf.placeholder(tf.float32, [None, None])))
bn = tf.layers.BatchNormalization()
bn(tf.ones([2, 2, 2, 3]), training=False)
attempt("bn_rank2", lambda: bn(tf.ones([2, 3])))
attempt("bn_channels", lambda: bn(tf.ones([2, 2, 2, 4])))
conv = tf.layers.Conv2D(2, 2, kernel_initializer=tf.ones_initializer())
conv(tf.ones([1, 3, 3, 1]))
attempt("conv_channels", lambda: conv(tf.ones([1, 3, 3, 2])))
attempt("conv_batchdims", lambda: conv(tf.ones([2, 3, 4, 4, 1])))
pool = tf.layers.AveragePooling2D(2, 2)
attempt("pool_rank5", lambda: pool(tf.ones([1, 2, 4, 4, 1])))
attempt("pool_rank4", lambda: pool(tf.ones([1, 4, 4, 1])))
c5 = tf.layers.conv2d(tf.constant(np.arange(36, dtype=np.float32).reshape(2, 1, 3, 3, 2)), 1, 2,
                      kernel_initializer=tf.ones_initializer(), name="c5")
c1 = tf.layers.conv1d(tf.constant(np.arange(24, dtype=np.float32).reshape(2, 2, 3, 2)), 1, 2,
                      kernel_initializer=tf.ones_initializer(), name="c1")
print(c5.shape.as_list(), c1.shape.as_list())
print(len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(c5)[:, 0, :, :, 0]))
    print(rnd(sess.run(c1)[..., 0]))
