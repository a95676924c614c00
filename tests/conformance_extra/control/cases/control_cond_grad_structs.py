# Gradients of tf.cond with structured outputs: partial use, None grads, captured vs passed values.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
y = tf.constant(3.0)
k = tf.constant(4, name="k")
a, b = tf.cond(x > 0, lambda: (x * y, x + y), lambda: (x - y, x * x * y))
ga = tf.gradients(a, [x, y])
gab = tf.gradients([a, b], [x, y])
d = tf.cond(x > 0, lambda: {"f": x * 2.0, "i": k + 1}, lambda: {"f": x * 3.0, "i": k - 1})
gd = tf.gradients(d["f"], [x, y])
print(gd[1])
print(tf.gradients(d["i"], x))
const = tf.cond(x > 0, lambda: tf.constant(1.0), lambda: tf.constant(2.0))
print(tf.gradients(const, x))
gz = tf.gradients(const, x, unconnected_gradients="zero")[0]
mixed = tf.cond(x > 0, lambda: tf.constant(1.0), lambda: x * 5.0)
gm = tf.gradients(mixed, x)[0]
with tf.Session() as sess:
    for v in [2.0, -1.0]:
        print(rnd(sess.run([ga, gab, gd[0]], {x: v})))
        print(rnd(sess.run([gz, gm], {x: v})))
