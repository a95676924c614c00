# Static shapes after tf.cond (merged branch shapes) and tf.while_loop with shape_invariants.
from prelude import tf, np, rnd

p = tf.placeholder(tf.bool, [], name="p")
a = tf.placeholder(tf.float32, [2, 3], name="a")
b = tf.placeholder(tf.float32, [None, 3], name="b")
r1 = tf.cond(p, lambda: a, lambda: a * 2)
r2 = tf.cond(p, lambda: a, lambda: b)
r3 = tf.cond(p, lambda: a, lambda: tf.zeros([4, 3]))
r4 = tf.cond(p, lambda: tf.zeros([2]), lambda: tf.zeros([2, 2]))
r5 = tf.cond(p, lambda: (a, tf.constant(1)), lambda: (b, tf.constant(2)))
for t in [r1, r2, r3, r4, r5[0], r5[1]]:
    print(t.shape, t.dtype.name)
i0 = tf.constant(0)
x0 = tf.zeros([1, 2])
_, x = tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0],
                     shape_invariants=[i0.shape, tf.TensorShape([None, 2])])
print(x.shape, x.dtype.name)
_, y = tf.while_loop(lambda i, y: i < 3, lambda i, y: (i + 1, y * 2.0), [i0, b])
print(y.shape)
_, z = tf.while_loop(lambda i, z: i < 2, lambda i, z: (i + 1, tf.concat([z, z], 0)), [i0, x0],
                     shape_invariants=[i0.shape, tf.TensorShape(None)])
print(z.shape)
try:
    tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, tf.concat([x, x], 0)), [i0, x0])
except Exception as e:
    print("no invariant", type(e).__name__)
try:
    tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, x), [i0, x0], shape_invariants=[i0.shape, tf.TensorShape([3, 2])])
except Exception as e:
    print("bad invariant", type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(x)).tolist(), sess.run(tf.shape(z)).tolist())
    print(sess.run(tf.shape(r3), {p: False, a: np.ones((2, 3))}).tolist(), sess.run(tf.shape(r4), {p: True}).tolist())
