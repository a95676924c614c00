# Gradient node names: scope, _grad suffix, AddN aggregation, uniquification.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
y = tf.square(x, name="sq")
z = tf.add(y, x, name="z")
g = tf.gradients(z, x)[0]
print(g.name, g.op.type)
g2 = tf.gradients(z, x)[0]
print(g2.name)
with tf.name_scope("outer"):
    g3 = tf.gradients(z, x)[0]
print(g3.name)
sq_grad = [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/sq_grad")]
print(sorted(sq_grad))
d = tf.constant([1.0, 2.0], tf.float64)
gd = tf.gradients(tf.reduce_sum(d * d), d)[0]
print(gd.dtype.name)
i = tf.constant([1, 2])
print(tf.gradients(tf.reduce_sum(i * i), i))
sg = tf.stop_gradient(x, name="sg")
print(sg.name, sg.op.type)
gy = tf.gradients(y, [x, y])
print(gy[1].name, gy[1].op.type)
with tf.Session() as sess:
    print(rnd(sess.run([g, g3, gd])), rnd(sess.run(gy)))
