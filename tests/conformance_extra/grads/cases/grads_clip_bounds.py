# tf.clip_by_value gradients at, inside and outside the bounds, with tensor bounds and broadcasting.
from prelude import tf, np, rnd

x = tf.constant([-2.0, -1.0, 0.0, 1.0, 2.0])
c = tf.clip_by_value(x, -1.0, 1.0)
print(c.op.type, c.name)
g = tf.gradients(tf.reduce_sum(c * tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])), x)[0]
lo = tf.constant(-1.0)
hi = tf.constant([1.0, 1.0, 1.0, 1.0, 1.5])
c2 = tf.clip_by_value(x, lo, hi)
g2 = tf.gradients(tf.reduce_sum(c2), [x, lo, hi])
print([None if t is None else t.shape.as_list() for t in g2])
m = tf.constant([[0.5, 3.0], [-4.0, 1.0]])
c3 = tf.clip_by_value(m, 0.0, 2.0)
g3 = tf.gradients(c3, m)[0]
i = tf.constant([1, 5, -3])
ci = tf.clip_by_value(i, 0, 2)
print(ci.dtype.name, tf.gradients(ci, i))
try:
    tf.clip_by_value(tf.constant([1.0, 2.0]), tf.constant([0.0, 0.0, 0.0]), 1.0)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad bounds", type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([c, g])))
    print(rnd(sess.run(g2)))
    print(rnd(sess.run(g3)))
