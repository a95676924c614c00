# tf.stop_gradient of variables (and of reads inside cond/while) cuts gradients.
from prelude import tf, np, rnd

w = tf.Variable(3.0, name="w")
u = tf.Variable(4.0, name="u")
y = w * tf.stop_gradient(w) + tf.stop_gradient(u) * u
print(rnd(tf.gradients(y, [w, u])[0] is None), [g is None for g in tf.gradients(y, [w, u])])
y2 = tf.stop_gradient(w * u)
print(tf.gradients(y2, [w, u]))
c = tf.cond(tf.constant(True), lambda: tf.stop_gradient(w) * u, lambda: w * u)
_, l = tf.while_loop(lambda i, x: i < 2, lambda i, x: (i + 1, x + tf.stop_gradient(w) * u), [0, 0.0])
gy, gc, gl = tf.gradients(y, [w, u]), tf.gradients(c, [w, u]), tf.gradients(l, [w, u])
print([t.name for t in gc], [t.name for t in gl])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gy)))
    print(rnd(sess.run(gc)))
    print(rnd(sess.run(gl)))
