# unconnected_gradients: None by default, zeros with "zero"; bad values are a ValueError.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0], name="x")
u = tf.constant([4.0, 5.0], name="u")
v = tf.Variable([[1.0, 2.0]], name="v")
with tf.GradientTape(persistent=True) as t:
    t.watch([x, u])
    y = tf.reduce_sum(x * 2.0)
print(t.gradient(y, u))
gz = t.gradient(y, u, unconnected_gradients=tf.UnconnectedGradients.ZERO)
gs = t.gradient(y, u, unconnected_gradients="zero")
gv = t.gradient(y, v, unconnected_gradients="zero")
print(gz.name, gz.shape, gs.shape, gv.shape, gv.dtype.name)
try:
    t.gradient(y, u, unconnected_gradients="bad")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([gz, gs, gv])))
