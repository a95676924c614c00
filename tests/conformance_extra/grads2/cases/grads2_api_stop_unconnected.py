# stop_gradients argument, tf.stop_gradient, and unconnected_gradients none/zero (incl. integer xs and strings).
from prelude import tf, np, rnd

a = tf.constant(2.0)
b = a * 3.0
c = a + b
print([None if t is None else t.dtype.name for t in tf.gradients(c, [a, b], stop_gradients=[b])])
print(tf.gradients(c, [a, b], stop_gradients=b)[0] is not None)
z = tf.constant([1.0, 2.0])
u = tf.constant([[1, 2]])
w = tf.constant(5.0)
for ug in ["none", "zero", tf.UnconnectedGradients.ZERO, tf.UnconnectedGradients.NONE]:
    gs = tf.gradients(a * a, [a, z, u, w], unconnected_gradients=ug)
    print(ug, [None if t is None else (t.dtype.name, t.shape.as_list()) for t in gs])
try:
    tf.gradients(a, [z], unconnected_gradients="zeros")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
p = tf.placeholder(tf.float32, [None, 2])
gz = tf.gradients(a, p, unconnected_gradients="zero")[0]
print(gz.shape)
sg = tf.gradients(tf.stop_gradient(a * a) + a, a)
sall = tf.gradients(tf.stop_gradient(a * a), a)
print(sall)
with tf.Session() as sess:
    print(rnd(sess.run(tf.gradients(c, [a, b], stop_gradients=[b])), 4))
    print(rnd(sess.run(tf.gradients(c, [a, b], stop_gradients=[a])), 4))
    print(rnd(sess.run(sg), 4))
    print(sess.run(gz, {p: np.ones([3, 2])}).tolist())
    print([sess.run(t).tolist() for t in tf.gradients(a * a, [z, u], unconnected_gradients="zero")])
