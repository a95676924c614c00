# tile and pad static shapes with constant, partially known and tensor multiples/paddings.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
u = tf.placeholder(tf.float32, None, name="u")
m = tf.placeholder(tf.int32, [2], name="m")
for t in [tf.tile(a, [2, 3]), tf.tile(a, [1, 0]), tf.tile(a, m), tf.tile(u, [2, 2]), tf.tile(a, tf.stack([2, tf.shape(a)[0]])),
          tf.pad(a, [[1, 2], [0, 1]]), tf.pad(a, [[0, 0], [3, 3]], mode="REFLECT"), tf.pad(u, [[1, 1]]),
          tf.pad(a, tf.placeholder(tf.int32, [2, 2])), tf.pad(a, [[1, 1], [1, 1]], constant_values=2.0),
          tf.pad(a, [[1, 1], [1, 1]], mode="SYMMETRIC"), tf.pad(a, tf.constant([[0, 1], [2, 0]]))]:
    print(t)
for f in [lambda: tf.tile(a, [2]), lambda: tf.pad(a, [[1, 1]]), lambda: tf.pad(a, [[1, 1, 1], [0, 0, 0]]),
          lambda: tf.tile(a, [2.0, 1.0])]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.tile(a, m)), {a: np.ones((2, 3)), m: [2, 2]}))
    try:
        sess.run(tf.pad(a, [[0, 0], [3, 3]], mode="REFLECT"), {a: np.ones((2, 3))})
    except Exception as e:
        print("run", type(e).__name__)
    try:
        sess.run(tf.pad(a, [[-2, 0], [0, 0]]), {a: np.ones((1, 3))})
    except Exception as e:
        print("run neg", type(e).__name__)
