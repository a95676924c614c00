# while_loop shape_invariants with None dims; ValueError when shape changes without one.
from prelude import tf, np, rnd

x0 = tf.constant([1.0])
i0 = tf.constant(0)
r = tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0],
                  shape_invariants=[i0.shape, tf.TensorShape([None])])
print(r[1].shape)
try:
    tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("shape change", type(e).__name__)
m0 = tf.zeros([2, 3])
r2 = tf.while_loop(lambda m: tf.shape(m)[0] < 8, lambda m: tf.concat([m, m], 0), [m0],
                   shape_invariants=[tf.TensorShape([None, 3])])
print(r2.shape)
r3 = tf.while_loop(lambda m: tf.size(m) < 20, lambda m: tf.concat([m, m], 1), [m0],
                   shape_invariants=[tf.TensorShape(None)])
print(r3.shape)
try:
    tf.while_loop(lambda m: tf.size(m) < 20, lambda m: tf.concat([m, m], 1), [m0],
                  shape_invariants=[tf.TensorShape([None, 3])])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad invariant", type(e).__name__)
try:
    tf.while_loop(lambda m: tf.size(m) < 20, lambda m: m, [m0],
                  shape_invariants=[tf.TensorShape([5, 3])])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("incompatible invariant", type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(r[1])), sess.run(r2).shape, sess.run(r3).shape)
