# Static shapes of concat and stack with unknown dims, unknown ranks and negative axes.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
b = tf.placeholder(tf.float32, [2, None], name="b")
c = tf.placeholder(tf.float32, [4, 3], name="c")
u = tf.placeholder(tf.float32, None, name="u")
for t in [tf.concat([a, c], 0), tf.concat([a, b], 0), tf.concat([a, b], 1), tf.concat([c, c], -1),
          tf.concat([a, u], 0), tf.concat([u, u], 0), tf.concat([c], 0), tf.concat([a, b, c], 0),
          tf.stack([a, b]), tf.stack([a, c], axis=1), tf.stack([c, c], -1), tf.stack([u, a]),
          tf.stack([1, 2, 3]), tf.stack([tf.constant(1.0), tf.placeholder(tf.float32, [])]),
          tf.concat([a, c], tf.constant(1) - 1), tf.concat([a, c], tf.placeholder(tf.int32, []))]:
    print(t)
for f in [lambda: tf.concat([a, tf.placeholder(tf.float32, [2, 4])], 0),
          lambda: tf.concat([c, tf.placeholder(tf.float32, [2, 3, 1])], 0),
          lambda: tf.stack([c, tf.placeholder(tf.float32, [3, 4])]),
          lambda: tf.concat([c, c], 2), lambda: tf.stack([c, c], 3), lambda: tf.concat([c, tf.cast(c, tf.int32)], 0)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    try:
        sess.run(tf.concat([a, b], 0), {a: np.ones((1, 3)), b: np.ones((2, 2))})
    except Exception as e:
        print("run", type(e).__name__)
    print(sess.run(tf.shape(tf.concat([a, b], 0)), {a: np.ones((1, 3)), b: np.ones((2, 3))}))
