# gate_gradients=True in tf.gradients and GATE_OP in compute_gradients: tuple/control_dependency names.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
y = tf.constant([3.0, 4.0], name="y")
z = tf.multiply(x, y, name="z")
g0 = tf.gradients(z, [x, y])
g1 = tf.gradients(z, [x, y], gate_gradients=True)
print([t.name for t in g0])
print([t.name for t in g1])
print([t.op.type for t in g1])
w = tf.Variable([1.0, 1.0], name="w")
loss = tf.reduce_sum(tf.multiply(w, x, name="wx"))
opt = tf.train.GradientDescentOptimizer(0.1)
gvs = opt.compute_gradients(loss)
print([g.name for g, _ in gvs])
gvs2 = opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_NONE)
print([g.name for g, _ in gvs2])
gvs3 = opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_GRAPH)
print([g.name for g, _ in gvs3], gvs3[0][0].op.type)
single = tf.gradients(tf.sin(x, name="s"), x, gate_gradients=True)[0]
print(single.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g1)), rnd(sess.run([g for g, _ in gvs3])), rnd(sess.run(single)))
