# colocate_gradients_with_ops: devices and colocation groups of gradient ops.
from prelude import tf, np, rnd

with tf.device("/cpu:0"):
    x = tf.constant([1.0, 2.0], name="x")
    y = tf.sin(x, name="y")
z = tf.reduce_sum(y * y, name="z")
g0 = tf.gradients(z, x)[0]
g1 = tf.gradients(z, x, colocate_gradients_with_ops=True)[0]
print(repr(g0.op.device), repr(g1.op.device))
print(g0.op.colocation_groups(), g1.op.colocation_groups())
gr = tf.get_default_graph()
ops1 = [o for o in gr.get_operations() if o.name.startswith("gradients_1/y_grad")]
print(sorted((o.type, o.colocation_groups()) for o in ops1))
with tf.device("/cpu:0"):
    g2 = tf.gradients(z, x)[0]
print(repr(g2.op.device))
with tf.Session() as sess:
    print(rnd(sess.run([g0, g1, g2])))
