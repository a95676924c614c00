# tf.while_loop computing Fibonacci numbers and a GCD; loop counters and shapes.
from prelude import tf, np, rnd

n = tf.placeholder(tf.int32, [], name="n")
i0 = tf.constant(0)
a0 = tf.constant(0, tf.int64)
b0 = tf.constant(1, tf.int64)
_, fib, _ = tf.while_loop(lambda i, a, b: i < n, lambda i, a, b: (i + 1, b, a + b), [i0, a0, b0])
print(fib.dtype.name, fib.shape.as_list())


def gcd(x, y):
    return tf.while_loop(lambda a, b: tf.not_equal(b, 0), lambda a, b: [b, tf.mod(a, b)], [x, y],
                         name="gcd")


g1 = gcd(tf.constant(48), tf.constant(18))
g2 = gcd(tf.constant(17), tf.constant(5))
print(type(g1).__name__, len(g1), g1[0].dtype.name, g1[0].name.startswith("gcd"), g2[0].name.startswith("gcd_1"))

# Fibonacci sequence accumulated with growing shape invariant
seq0 = tf.constant([0, 1])
k0 = tf.constant(2)
k, seq = tf.while_loop(
    lambda k, s: k < 10,
    lambda k, s: [k + 1, tf.concat([s, [s[-1] + s[-2]]], 0)],
    [k0, seq0],
    shape_invariants=[k0.get_shape(), tf.TensorShape([None])])
print(seq.shape.as_list(), k.shape.as_list())
# Python-side accumulation of a float series (sum 1/2^i)
total = tf.while_loop(lambda i, s: i < 20, lambda i, s: (i + 1, s + tf.pow(0.5, tf.cast(i, tf.float32))),
                      (0, 0.0))
with tf.Session() as sess:
    print([sess.run(fib, {n: v}) for v in [0, 1, 2, 10, 50]])
    print(sess.run(g1), sess.run(g2))
    print(sess.run(seq).tolist(), sess.run(k))
    r = sess.run(total)
    print(type(r).__name__, r[0], rnd(r[1]))
