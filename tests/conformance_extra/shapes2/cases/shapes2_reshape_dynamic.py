# tf.reshape with a shape built from tensors: stack of tf.shape parts and constants.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3, 4], name="x")
y = tf.placeholder(tf.float32, [None, None], name="y")
n = tf.shape(x)[0]
for t in [tf.reshape(x, tf.stack([n, 12])), tf.reshape(x, tf.stack([n, -1])), tf.reshape(x, [n, -1]),
          tf.reshape(x, [n, 3, 2, 2]), tf.reshape(x, tf.shape(x)), tf.reshape(y, tf.shape(x)),
          tf.reshape(x, tf.concat([tf.shape(x)[:1], [12]], 0)), tf.reshape(y, [-1, tf.shape(y)[1] * 2]),
          tf.reshape(x, tf.placeholder(tf.int32, [3])), tf.reshape(x, tf.placeholder(tf.int32, [None])),
          tf.reshape(x, tf.shape(y)), tf.reshape(x, tf.stack([2, n, 6]))]:
    print(t)
with tf.Session() as sess:
    r = sess.run(tf.reshape(x, tf.stack([n, -1])), {x: np.ones((2, 3, 4))})
    print(r.shape)
    r = sess.run(tf.reshape(y, [-1, tf.shape(y)[1] * 2]), {y: np.ones((4, 3))})
    print(r.shape)
