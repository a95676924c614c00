# optimizer.compute_gradients with var_list, grad_loss, unused vars, and apply_gradients results.
from prelude import tf, np, rnd

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
b = tf.Variable([0.5, -0.5], name="b")
u = tf.Variable(3.0, name="unused")
x = tf.constant([[1.0, 1.0]])
y = tf.matmul(x, w) + b
loss = tf.reduce_sum(y * y)
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss)
print([(None if g is None else g.op.type, v.op.name) for g, v in gv])
gv2 = opt.compute_gradients(loss, var_list=[b])
print(len(gv2), gv2[0][1].name)
gl = opt.compute_gradients(y, var_list=[w, b], grad_loss=tf.constant([[2.0, -1.0]]))
try:
    opt.compute_gradients(loss, var_list=[])
except Exception as e:  # noqa: BLE001
    print("empty", type(e).__name__)
try:
    opt.apply_gradients([(None, u)])
except Exception as e:  # noqa: BLE001
    print("none", type(e).__name__)
train = opt.apply_gradients([(g, v) for g, v in gv if g is not None])
print(train.type, train.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([rnd(sess.run(g), 4) for g, v in gv if g is not None])
    print([rnd(sess.run(g), 4) for g, v in gl])
    sess.run(train)
    print(rnd(sess.run([w, b]), 4))
