# gather / gather_nd / batch_gather static shapes with unknown dims, axis and batch_dims.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, [None, 4, 5], name="p")
u = tf.placeholder(tf.float32, None, name="u")
i1 = tf.placeholder(tf.int32, [None], name="i1")
i2 = tf.placeholder(tf.int32, [3, 2], name="i2")
iu = tf.placeholder(tf.int32, None, name="iu")
for t in [tf.gather(p, i1), tf.gather(p, i2), tf.gather(p, i2, axis=1), tf.gather(p, 2), tf.gather(p, i1, axis=-1),
          tf.gather(u, i2), tf.gather(p, iu), tf.gather(p, iu, axis=2), tf.gather(p, [[0, 1]], axis=tf.constant(1)),
          tf.gather(tf.placeholder(tf.float32, [3, 4]), tf.placeholder(tf.int32, [3, 2]), batch_dims=1),
          tf.gather(tf.placeholder(tf.float32, [3, 4, 6]), tf.placeholder(tf.int32, [3, 2]), axis=2, batch_dims=1),
          tf.gather_nd(p, i2), tf.gather_nd(p, tf.placeholder(tf.int32, [None, 3])),
          tf.gather_nd(p, tf.placeholder(tf.int32, [2, 2, 1])), tf.gather_nd(p, iu), tf.gather_nd(u, i2),
          tf.gather_nd(tf.placeholder(tf.float32, [3, 4, 6]), tf.placeholder(tf.int32, [3, 2]), batch_dims=1),
          tf.batch_gather(tf.placeholder(tf.float32, [3, 4]), tf.placeholder(tf.int32, [3, 2]))]:
    print(t)
for f in [lambda: tf.gather(p, i1, axis=3), lambda: tf.gather_nd(p, tf.placeholder(tf.int32, [2, 4])),
          lambda: tf.gather(p, tf.placeholder(tf.float32, [2])), lambda: tf.gather(p, i1, axis=tf.placeholder(tf.int32, []))]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    v = np.arange(6, dtype=np.float32).reshape(3, 2)
    c = tf.placeholder(tf.float32, [None, 2])
    print(rnd(sess.run(tf.gather(c, i1), {c: v, i1: [2, 0]})))
    try:
        sess.run(tf.gather(c, i1), {c: v, i1: [3]})
    except Exception as e:
        print("run", type(e).__name__)
    try:
        sess.run(tf.gather_nd(c, i2), {c: v, i2: [[0, 0], [5, 0], [1, 1]]})
    except Exception as e:
        print("run nd", type(e).__name__)
