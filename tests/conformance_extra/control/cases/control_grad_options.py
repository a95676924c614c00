# tf.gradients options: gate_gradients, grad_ys, stop_gradients, unconnected_gradients,
# colocate_gradients_with_ops, aggregation_method, name.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
y = tf.constant(3.0, name="y")
a = x * y
b = a + x
z = tf.reduce_sum(b * b)
g1 = tf.gradients(z, [x, y], gate_gradients=True)
g2 = tf.gradients(z, [x, y], colocate_gradients_with_ops=True)
g3 = tf.gradients([a, b], x, grad_ys=[tf.constant([1.0, 0.0]), tf.constant([0.0, 2.0])])
g4 = tf.gradients(b, [x, y], stop_gradients=[a])
g5 = tf.gradients(b, [x, y], stop_gradients=a)
u = tf.constant(5.0, name="u")
print(tf.gradients(z, u))
gz = tf.gradients(z, [u, x], unconnected_gradients="zero")
print(gz[0].dtype.name, gz[0].shape.as_list())
gzs = tf.gradients(z, u, unconnected_gradients=tf.UnconnectedGradients.ZERO)
print(tf.gradients(z, u, unconnected_gradients=tf.UnconnectedGradients.NONE))
try:
    tf.gradients(z, u, unconnected_gradients="nan")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad unconnected", type(e).__name__)
try:
    tf.gradients(z, x, grad_ys=[tf.constant(1.0), tf.constant(1.0)])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("grad_ys count", type(e).__name__)
try:
    tf.gradients(z, x, grad_ys=tf.constant([1.0, 2.0]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("grad_ys shape", type(e).__name__)
try:
    tf.gradients(z, x, grad_ys=tf.constant(1, tf.int32))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("grad_ys dtype", type(e).__name__)
try:
    tf.gradients(z, x, aggregation_method=99)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad aggregation", type(e).__name__)
gn = tf.gradients(z, x, name="mygrads")[0]
print(gn.name.split("/")[0])
gdup = tf.gradients([z, z], x)[0]
with tf.Session() as sess:
    print(rnd(sess.run(g1)), rnd(sess.run(g2)))
    print(rnd(sess.run(g3)), g4[1], g5[1], rnd(sess.run([g4[0], g5[0]])))
    print(rnd(sess.run(gz)), rnd(sess.run(gzs)))
    print(rnd(sess.run([gn, gdup])))
