# batch_jacobian: per-example jacobians [batch, y dims..., x dims...].
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="x")
w = tf.constant([[1.0, -1.0, 0.5], [2.0, 0.0, 1.0]], name="w")
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    y = x * x
    z = tf.tanh(tf.matmul(x, w))
bj = t.batch_jacobian(y, x)
bz = t.batch_jacobian(z, x)
print(bj.shape, bz.shape, bj.dtype.name)
try:
    t.batch_jacobian(y, tf.constant([[1.0, 2.0, 3.0]]))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    print(rnd(s.run([bj, bz]), 4))
