# Operators with Python lists and tuples, broadcasting shapes, and shape errors at build time.
from prelude import tf, np, rnd

t = tf.constant([[1.0, 2.0], [3.0, 4.0]])
p = tf.placeholder(tf.float32, [None, 2])
for fn in [lambda: t + [1.0, 2.0], lambda: [1.0, 2.0] + t, lambda: t * (2, 3), lambda: [[1], [2]] - t,
           lambda: t + [1, 2], lambda: t + [1, 2, 3], lambda: t @ [[1.0], [1.0]], lambda: t @ [1.0, 1.0],
           lambda: p + t, lambda: p * tf.ones([3, 2]), lambda: p @ t, lambda: t @ p, lambda: p + [1.0, 2.0, 3.0],
           lambda: tf.ones([2, 1, 3]) + tf.ones([4, 1]), lambda: tf.ones([2, 3]) * tf.ones([3, 2]),
           lambda: t + [[1.0, 2.0], [3.0]], lambda: t + [1.0, None], lambda: t @ tf.ones([3, 2]),
           lambda: tf.ones([2, 3, 4]) @ tf.ones([2, 4, 5]), lambda: tf.ones([2, 3, 4]) @ tf.ones([4, 5]),
           lambda: tf.ones([2]) @ tf.ones([2])]:
    try:
        r = fn()
        print(r.op.type, r.dtype.name, r.shape)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:200])
