# tf.vectorized_map with an unknown batch size, a captured tensor, and a gradient through it.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, [None, 2], name="p")
w = tf.constant([[1.0, -1.0], [0.5, 2.0]])
q = tf.vectorized_map(lambda r: tf.tensordot(r, w, 1) * 3.0, p)
print(q.shape, q.dtype.name)
v = tf.constant([[1.0, 2.0], [3.0, 4.0]])
out = tf.vectorized_map(lambda r: tf.reduce_sum(tf.square(r)), v)
g = tf.gradients(tf.reduce_sum(out), v)[0]
with tf.Session() as s:
    print(rnd(s.run(q, {p: [[1, 2], [0, -1], [3, 3]]})))
    print(rnd(s.run([out, g])))
