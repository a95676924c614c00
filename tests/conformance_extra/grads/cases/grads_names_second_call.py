# Names of ops tf.gradients creates: gradients/, gradients_1/ on a second call, name= and scopes.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
y = tf.multiply(x, x, name="y")
z = tf.reduce_sum(tf.sin(y, name="s"), name="z")
g1 = tf.gradients(z, x)[0]
g2 = tf.gradients(z, x)[0]
g3 = tf.gradients(z, [x, y])
print(g1.name, g2.name, [t.name for t in g3])
g = tf.get_default_graph()
names = sorted(o.name for o in g.get_operations() if o.name.startswith("gradients/"))
print(names)
print(sorted(o.name for o in g.get_operations() if o.name.startswith("gradients_1/")))
with tf.name_scope("outer"):
    g4 = tf.gradients(z, x)[0]
print(g4.name)
g5 = tf.gradients(z, x, name="d")[0]
g6 = tf.gradients(z, x, name="d")[0]
print(g5.name, g6.name)
gi = tf.gradients(x, x)[0]
print(gi.name, gi.op.type)
gy = tf.gradients(y, x, grad_ys=tf.constant([1.0, 1.0], name="gy"))[0]
print(gy.name, [i.name for i in gy.op.inputs])
with tf.Session() as sess:
    print(rnd(sess.run([g1, g2, g4, g5, gi, gy])))
