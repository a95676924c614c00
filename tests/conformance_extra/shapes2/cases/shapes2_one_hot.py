# one_hot static shapes and dtypes: axis, unknown depth, unknown rank indices.
from prelude import tf, np, rnd

i = tf.placeholder(tf.int32, [None, 3], name="i")
u = tf.placeholder(tf.int64, None, name="u")
d = tf.placeholder(tf.int32, [], name="d")
for t in [tf.one_hot(i, 4), tf.one_hot(i, 4, axis=0), tf.one_hot(i, 4, axis=1), tf.one_hot(i, d),
          tf.one_hot(u, 5), tf.one_hot(i, 4, dtype=tf.int32), tf.one_hot(i, 2, on_value=5, off_value=0),
          tf.one_hot(tf.constant(2), 3), tf.one_hot(i, 4, on_value=1.0, off_value=0.0, dtype=tf.float64),
          tf.one_hot(tf.constant([1, 0]), 0), tf.one_hot(i, 3, 2.0)]:
    print(t)
for f in [lambda: tf.one_hot(i, 4, axis=3), lambda: tf.one_hot(i, 4, on_value=1, off_value=0.0),
          lambda: tf.one_hot(tf.constant([1.0]), 3), lambda: tf.one_hot(i, -1)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(tf.one_hot(i, d, axis=0), {i: [[0, 1, 5]], d: 2})))
    try:
        sess.run(tf.one_hot(i, d), {i: [[0, 1, 2]], d: -3})
    except Exception as e:
        print("run", type(e).__name__)
