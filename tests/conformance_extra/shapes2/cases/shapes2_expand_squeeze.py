# expand_dims and squeeze static shapes with negative axes, unknown dims and errors.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 1, 3, 1], name="a")
u = tf.placeholder(tf.float32, None, name="u")
b = tf.placeholder(tf.float32, [None, 2], name="b")
for t in [tf.expand_dims(a, 0), tf.expand_dims(a, -1), tf.expand_dims(a, 2), tf.expand_dims(u, 0),
          tf.expand_dims(tf.constant(3.0), 0), tf.expand_dims(b, tf.constant(1)), tf.expand_dims(b, tf.placeholder(tf.int32, [])),
          tf.squeeze(a), tf.squeeze(a, [1]), tf.squeeze(a, [-1, 1]), tf.squeeze(u), tf.squeeze(u, [0]), tf.squeeze(b),
          tf.squeeze(tf.placeholder(tf.float32, [1, 1])), tf.squeeze(a, axis=3), tf.expand_dims(b, -3)]:
    print(t)
for f in [lambda: tf.expand_dims(b, 3), lambda: tf.expand_dims(b, -4), lambda: tf.squeeze(a, [2]),
          lambda: tf.squeeze(a, [4]), lambda: tf.squeeze(b, [0]) if False else tf.squeeze(b, [1])]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.squeeze(u)), {u: np.ones((1, 3, 1, 2))}))
    print(sess.run(tf.shape(tf.squeeze(b)), {b: np.ones((1, 2))}))
    try:
        sess.run(tf.squeeze(b, [0]), {b: np.ones((2, 2))})
    except Exception as e:
        print("run", type(e).__name__)
for f in [lambda: tf.squeeze(b, tf.constant(1)), lambda: tf.squeeze(a, (1, 3)), lambda: tf.squeeze(a, np.int64(1))]:
    try:
        print("ok", f().shape)
    except Exception as e:
        print(type(e).__name__)
