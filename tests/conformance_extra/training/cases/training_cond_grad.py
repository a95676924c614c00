# Gradients through tf.cond and tf.while_loop.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [])
y = tf.cond(x > 1.0, lambda: x * x * x, lambda: tf.sin(x))
g = tf.gradients(y, x)[0]
print(g.dtype.name, g.shape.as_list())
v = tf.constant(1.5)
_, p = tf.while_loop(lambda i, p: i < 4, lambda i, p: (i + 1, p * v), [0, tf.constant(1.0)])
gv = tf.gradients(p, v)[0]
_, q = tf.while_loop(lambda i, q: i < 3, lambda i, q: (i + 1, q * q), [0, v], back_prop=False)
try:
    gq = tf.gradients(q, v)
    print("back_prop False grads", gq)
except Exception as e:
    print(type(e).__name__)
_, m = tf.while_loop(lambda i, m: i < 100, lambda i, m: (i + 1, m * 2.0), [0, v],
                     maximum_iterations=3)
gm = tf.gradients(m, v)[0]
with tf.Session() as sess:
    print(rnd(sess.run([y, g], {x: 2.0})))
    print(rnd(sess.run([y, g], {x: 0.5})))
    print(rnd(sess.run([p, gv])))
    print(rnd(sess.run([m, gm])))
