# range / fill / zeros / ones / *_like static shapes and dtypes from constant and tensor shapes.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
n = tf.placeholder(tf.int32, [], name="n")
sv = tf.placeholder(tf.int32, [2], name="sv")
for f in [lambda: tf.range(5),
          lambda: tf.range(2, 10, 3),
          lambda: tf.range(10, 2, -3),
          lambda: tf.range(0.0, 1.0, 0.25),
          lambda: tf.range(n),
          lambda: tf.range(3, n),
          lambda: tf.range(5, dtype=tf.int64),
          lambda: tf.range(tf.constant(4, tf.int64)),
          lambda: tf.range(1, 1),
          lambda: tf.range(5, 1),
          lambda: tf.fill([2, 3], 1.0),
          lambda: tf.fill(sv, 7),
          lambda: tf.fill(tf.shape(x), 0.5),
          lambda: tf.fill(tf.stack([n, 3]), 1),
          lambda: tf.zeros([2, 0]),
          lambda: tf.zeros(tf.shape(x)),
          lambda: tf.zeros(sv, tf.int32),
          lambda: tf.ones([n, 2]),
          lambda: tf.ones([]),
          lambda: tf.zeros_like(x),
          lambda: tf.ones_like(x, dtype=tf.int32),
          lambda: tf.zeros(tf.stack([n, 3])),
          lambda: tf.zeros((2, n)),
          lambda: tf.fill(tf.placeholder(tf.int32, [None]), 2.0),
          lambda: tf.zeros([2, 3], tf.bool),
          lambda: tf.range(0, 1.0, 0.3, dtype=tf.float64)]:
    try:
        t = f()
        print(t)
    except Exception as e:
        print(type(e).__name__)
for f in [lambda: tf.range(0, 5, 0), lambda: tf.fill([2, -1], 0.0), lambda: tf.range(tf.constant(1.0), tf.constant(3))]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.range(3, n), {n: 6}).tolist(), sess.run(tf.range(3, n, -1), {n: 1}).tolist())
    try:
        sess.run(tf.range(3, n), {n: 1})
    except Exception as e:
        print("run up", type(e).__name__)
    print(rnd(sess.run(tf.range(0, 1.0, 0.3, dtype=tf.float64))))
    print(sess.run(tf.fill(sv, 7), {sv: [1, 2]}).tolist())
    try:
        sess.run(tf.fill(sv, 7), {sv: [1, -2]})
    except Exception as e:
        print("run", type(e).__name__)
    try:
        sess.run(tf.range(0, n, 0), {n: 3})
    except Exception as e:
        print("run range", type(e).__name__)
