# tf.while_loop growing a tensor with shape_invariants, maximum_iterations, parallel nested loop vars, and invariant errors.
from prelude import tf, np, rnd

i0 = tf.constant(0)
m0 = tf.ones([1, 2])
i, m = tf.while_loop(lambda i, m: i < 3, lambda i, m: (i + 1, tf.concat([m, m * tf.cast(i + 2, tf.float32)], 0)),
                     [i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([None, 2])])
print(i.shape, m.shape, m.name)
try:
    tf.while_loop(lambda i, m: i < 3, lambda i, m: (i + 1, tf.concat([m, m], 0)), [i0, m0])
except ValueError as e:
    print("ValueError")
r = tf.while_loop(lambda x: x < 100, lambda x: x * 3, [tf.constant(1)], maximum_iterations=3)
print(type(r).__name__, r.shape)
nested = tf.while_loop(lambda s: s["n"] < 4, lambda s: [{"n": s["n"] + 1, "acc": (s["acc"][0] + 1.0, s["acc"][1] * 2)}],
                       [{"n": tf.constant(0), "acc": (tf.constant(0.0), tf.constant(1))}])
print(type(nested).__name__, sorted(nested[0].keys()) if isinstance(nested, list) else sorted(nested.keys()))
x = tf.Variable(1.5)
y = tf.while_loop(lambda k, a: k < 4, lambda k, a: (k + 1, a * x), [0, tf.constant(1.0)])[1]
gy = tf.gradients(y, x)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(i), sess.run(m).shape, sess.run(m)[:, 0].tolist())
    print(sess.run(r))
    print(sess.run(nested))
    print(rnd(sess.run([y, gy]), 4))
