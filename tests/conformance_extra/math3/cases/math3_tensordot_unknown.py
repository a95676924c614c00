# tensordot with unknown-rank inputs (list and int axes), tensor axes, negative axes, and gradients.
from prelude import tf, np, rnd

a = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
b = tf.constant(np.arange(12, dtype=np.float32).reshape(4, 3))
u = tf.placeholder(tf.float32, None)
k = tf.placeholder(tf.float32, [None, None, 4])
outs = []
for label, fn in [("unknown list", lambda: tf.tensordot(u, b, [[2], [0]])),
                  ("unknown list2", lambda: tf.tensordot(u, b, [[1, 2], [1, 0]])),
                  ("unknown b", lambda: tf.tensordot(a, u, [[2], [0]])),
                  ("unknown int", lambda: tf.tensordot(u, b, 1)),
                  ("unknown both", lambda: tf.tensordot(u, u, [[0], [0]])),
                  ("partial", lambda: tf.tensordot(k, b, [[2], [0]])),
                  ("partial int", lambda: tf.tensordot(k, b, 1)),
                  ("neg axes", lambda: tf.tensordot(a, b, [[-1], [0]])),
                  ("tensor axes", lambda: tf.tensordot(a, b, tf.constant(1))),
                  ("tensor pair", lambda: tf.tensordot(a, b, tf.constant([[2], [0]])))]:
    try:
        r = fn()
        outs.append(r)
        print(label, r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
    except Exception as e:
        outs.append(None)
        print(label, type(e).__name__)
g = tf.gradients(tf.reduce_sum(tf.tensordot(a, b, [[1, 2], [1, 0]]) * tf.constant([1.0, -1.0])), [a, b])
gu = tf.gradients(tf.reduce_sum(outs[0]), [u, b]) if outs[0] is not None else []
with tf.Session() as sess:
    feed = {u: np.arange(24, dtype=np.float32).reshape(2, 3, 4), k: np.ones((1, 2, 4))}
    for r in outs:
        if r is not None:
            try:
                print(rnd(sess.run(r, feed)))
            except Exception as e:
                print(type(e).__name__)
    print(rnd(sess.run(g)))
    if gu:
        print(rnd(sess.run(gu, feed)))
