# tf.gradients w.r.t. default variables: names, types, stop_gradient, UnconnectedGradients.ZERO.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
v = tf.Variable(3.0, name="v")
u = tf.Variable([[1.0]], name="u")
y = tf.reduce_sum(w * v) + tf.stop_gradient(v * v)
gs = tf.gradients(y, [w, v, u])
print([None if g is None else (g.name, g.op.type, g.dtype.name, g.shape.as_list()) for g in gs])
gz = tf.gradients(y, [w, v, u], unconnected_gradients=tf.UnconnectedGradients.ZERO)
print([(g.name, g.op.type, g.shape.as_list()) for g in gz])
gr = tf.gradients(y, [w.read_value(), v.value()])
print([None if g is None else g.name for g in gr])
gh = tf.gradients(y, w.handle)
print(gh)
gsg = tf.gradients(tf.stop_gradient(w) * 2.0, w)
print(gsg)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([g for g in gs if g is not None])))
    print(rnd(sess.run(gz)))
    print(rnd(sess.run([g for g in gr if g is not None])))
try:
    tf.gradients(y, [w], unconnected_gradients="bogus")
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
