# Gradient accumulation over micro-batches: non-trainable accumulators, zero/accumulate/apply ops, matches one full-batch step.
from prelude import tf, np, rnd

rs = np.random.RandomState(26)
X = rs.randn(16, 2).astype(np.float32)
Y = (X @ np.array([[2.0], [-3.0]]) + 1.0).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([2, 1]), name="w")
b = tf.Variable(tf.zeros([1]), name="b")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
opt = tf.train.GradientDescentOptimizer(0.1)
tvars = tf.trainable_variables()
accum = [tf.Variable(tf.zeros(v.shape), trainable=False, name=v.op.name + "_acc") for v in tvars]
print([a.name for a in accum], [a.shape for a in accum])
zero_ops = [a.assign(tf.zeros_like(a)) for a in accum]
gvs = opt.compute_gradients(loss, tvars)
accum_ops = [a.assign_add(g) for a, (g, _) in zip(accum, gvs)]
n_micro = tf.placeholder(tf.float32, [])
apply_op = opt.apply_gradients([(a / n_micro, v) for a, v in zip(accum, tvars)])
print(len(tf.trainable_variables()), len(tf.global_variables()), apply_op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(5):
        sess.run(zero_ops)
        for i in range(0, 16, 4):
            sess.run(accum_ops, {x: X[i:i + 4], y: Y[i:i + 4]})
        sess.run(apply_op, {n_micro: 4.0})
        print(step, "%.4g" % sess.run(loss, {x: X, y: Y}))
    wa = sess.run(w)
    sess.run(tf.global_variables_initializer())
    full = opt.minimize(loss)
    for step in range(5):
        sess.run(full, {x: X, y: Y})
    print(bool(np.allclose(wa, sess.run(w), atol=1e-5)), rnd(wa[:, 0], 4))
