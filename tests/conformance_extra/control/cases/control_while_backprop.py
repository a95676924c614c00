# while_loop back_prop=False, parallel_iterations, stop_gradient inside loop bodies.
from prelude import tf, np, rnd

x = tf.constant(2.0)
_, a = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * x), [0, x], back_prop=False)
print(tf.gradients(a, x))
_, b = tf.while_loop(lambda i, b: i < 3, lambda i, b: (i + 1, b * tf.stop_gradient(x)), [0, x],
                     parallel_iterations=1)
gb = tf.gradients(b, x)[0]
_, c = tf.while_loop(lambda i, c: i < 3, lambda i, c: (i + 1, tf.stop_gradient(c) * x + c), [0, x])
gc = tf.gradients(c, x)[0]
_, d = tf.while_loop(lambda i, d: i < 2, lambda i, d: (i + 1, tf.sin(d)), [0, x], parallel_iterations=32)
gd = tf.gradients(d, x)[0]
y = tf.placeholder(tf.float32, [None])
_, e = tf.while_loop(lambda i, e: i < 2, lambda i, e: (i + 1, e * y), [0, tf.ones_like(y)])
ge = tf.gradients(tf.reduce_sum(e), y)[0]
print(ge.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([a, b, gb, c, gc, d, gd])))
    print(rnd(sess.run([e, ge], {y: [1.0, 2.0, 3.0]})))
