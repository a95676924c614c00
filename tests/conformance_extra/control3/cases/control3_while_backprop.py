# while_loop gradients: back_prop=False then gradients, nested loops, maximum_iterations grads.
from prelude import tf, np, rnd

x = tf.constant(1.5)
_, y = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, tf.constant(1.0)])
g = tf.gradients(y, x)[0]
_, y2 = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, tf.constant(1.0)], back_prop=False)
try:
    g2 = tf.gradients(y2, x)
    print("nobackprop", g2)
except Exception as e:  # noqa: BLE001
    print("nobackprop", type(e).__name__)
def outer(i, v):
    _, w = tf.while_loop(lambda j, w: j < 2, lambda j, w: (j + 1, w * x), [0, v])
    return i + 1, w
_, y3 = tf.while_loop(lambda i, v: i < 2, outer, [0, tf.constant(1.0)])
g3 = tf.gradients(y3, x)[0]
_, y4 = tf.while_loop(lambda i, v: True, lambda i, v: (i + 1, tf.sin(v) + x), [0, x], maximum_iterations=3)
g4 = tf.gradients(y4, x)[0]
v = tf.constant([1.0, 2.0])
_, y5 = tf.while_loop(lambda i, a: i < 2, lambda i, a: (i + 1, a * v), [0, tf.ones([2])])
g5 = tf.gradients(y5, v)[0]
with tf.Session() as sess:
    print(rnd(sess.run([y, g, y2])))
    print(rnd(sess.run([y3, g3, y4, g4])), rnd(sess.run(g5)))
