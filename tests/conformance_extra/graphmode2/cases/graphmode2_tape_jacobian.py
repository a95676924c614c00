# jacobian: d y[i] / d x[j] with shape y.shape + x.shape.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0], name="x")
w = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="w")
with tf.GradientTape(persistent=True) as t:
    t.watch([x, w])
    y = x * x
    z = tf.matmul(tf.expand_dims(x, 0), w)
j = t.jacobian(y, x)
jz = t.jacobian(z, [x, w])
print(j.shape, jz[0].shape, jz[1].shape, j.dtype.name)
u = tf.constant([1.0, 1.0], name="u")
print(t.jacobian(y, u))
ju = t.jacobian(y, u, unconnected_gradients=tf.UnconnectedGradients.ZERO)
print(ju.shape)
with tf.Session() as s:
    print(rnd(s.run([j, jz, ju])))
