# Gradients through a cond inside a while loop, a while inside a cond, and tf.case.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [])


def body(i, acc):
    acc = tf.cond(tf.equal(i % 2, 0), lambda: acc * x, lambda: acc + x)
    return i + 1, acc


_, r = tf.while_loop(lambda i, a: i < 4, body, [0, tf.constant(1.0)])
gr = tf.gradients(r, x)[0]
c = tf.cond(x > 0, lambda: tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, x])[1],
            lambda: -x)
gc = tf.gradients(c, x)[0]
k = tf.case([(x < 0, lambda: x * x), (x < 2, lambda: 3.0 * x)], default=lambda: tf.exp(x))
gk = tf.gradients(k, x)[0]
with tf.Session() as sess:
    for v in [-1.0, 1.5, 2.5]:
        print(rnd(sess.run([r, gr, c, gc, k, gk], {x: v})))
