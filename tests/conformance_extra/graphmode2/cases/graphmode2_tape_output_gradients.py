# output_gradients weight the targets, like grad_ys of tf.gradients.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="x")
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    y = tf.matmul(x, x)
    z = tf.reduce_sum(tf.square(x))
g1 = t.gradient(y, x, output_gradients=tf.constant([[1.0, 0.0], [0.0, 2.0]]))
g2 = t.gradient([y, z], x, output_gradients=[tf.ones([2, 2]), tf.constant(3.0)])
print(g1.shape, g2.shape, g1.dtype.name)
with tf.Session() as s:
    print(rnd(s.run([g1, g2])))
