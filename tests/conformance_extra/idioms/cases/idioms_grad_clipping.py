# Gradient clipping idioms: compute_gradients, clip_by_global_norm / clip_by_value, apply_gradients.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
y = tf.constant([[1.0], [0.0]])
w = tf.Variable([[5.0], [-5.0]], name="w")
b = tf.Variable([2.0], name="b")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
gs = tf.train.get_or_create_global_step()
opt = tf.train.GradientDescentOptimizer(0.01)
grads_and_vars = opt.compute_gradients(loss)
print([(g.op.name, v.op.name) for g, v in grads_and_vars])
grads, variables = zip(*grads_and_vars)
clipped, gnorm = tf.clip_by_global_norm(grads, 5.0)
print(clipped[0].op.name, gnorm.op.name)
train = opt.apply_gradients(zip(clipped, variables), global_step=gs)
capped = [(tf.clip_by_value(g, -1.0, 1.0), v) for g, v in opt.compute_gradients(loss, var_list=[w])]
train2 = opt.apply_gradients(capped, name="capped_update")
print(train.name, train2.name, capped[0][0].op.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    raw = sess.run(list(grads))
    print(rnd(raw[0][:, 0]), rnd(raw[1]), rnd(sess.run(gnorm)))
    for i in range(3):
        _, n = sess.run([train, gnorm])
        print(i, rnd(n), rnd(sess.run(w)[:, 0]), rnd(sess.run(b)), sess.run(gs))
    sess.run(train2)
    print(rnd(sess.run(w)[:, 0]), sess.run(gs))
    cl = sess.run(list(clipped))
    print(rnd(np.sqrt(sum((c ** 2).sum() for c in cl))))
