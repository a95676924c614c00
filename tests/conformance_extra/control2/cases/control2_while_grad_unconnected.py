# While/cond gradients w.r.t. captured variables the body does not differentiate (zeros vs None).
from prelude import tf, np, rnd

w = tf.Variable(3.0, name="w")
u = tf.Variable(4.0, name="u")
k = tf.Variable(2, name="k")
m = tf.Variable([[1.0, 2.0]], name="m")
c = tf.cond(tf.constant(True), lambda: tf.stop_gradient(w) * u, lambda: tf.stop_gradient(w) * u)
print(tf.gradients(c, [w, u]))


def body(i, x):
    return i + 1, x + tf.stop_gradient(w) * u + tf.cast(k, tf.float32) + tf.reduce_sum(tf.stop_gradient(m))


_, l = tf.while_loop(lambda i, x: i < 2, body, [0, 0.0])
gl = tf.gradients(l, [w, u, k, m])
print(gl)
_, l2 = tf.while_loop(lambda i, x: x < w, lambda i, x: (i + 1, x + u), [0, 0.0])
gl2 = tf.gradients(l2, [w, u])
print(gl2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([g for g in gl if g is not None]))
    print(sess.run([g for g in gl2 if g is not None]))
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(l)
    print("ok")
except Exception as e:
    print(type(e).__name__)
gv = tf.train.GradientDescentOptimizer(0.1).compute_gradients(l, var_list=[w, u])
print([(g.dtype.name, v.name) for g, v in gv])
