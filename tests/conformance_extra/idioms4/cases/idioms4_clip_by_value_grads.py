# Gradient clipping by value: compute_gradients, clip each grad with tf.clip_by_value, apply_gradients; None grads skipped.
from prelude import tf, np, rnd

rs = np.random.RandomState(49)
xs = (rs.randn(16, 3) * 5).astype(np.float32)
ys = (xs.sum(1, keepdims=True) * 3).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([3, 1]), name="w")
b = tf.Variable(tf.zeros([1]), name="b")
unused = tf.Variable(1.0, name="unused")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
opt = tf.train.GradientDescentOptimizer(0.01)
gvs = opt.compute_gradients(loss)
print([(g is None, v.op.name) for g, v in gvs])
capped = [(tf.clip_by_value(g, -1.0, 1.0), v) for g, v in gvs if g is not None]
print([c[0].op.type for c in capped], capped[0][0].name)
train = opt.apply_gradients(capped)
print(train.type, train.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    raw = sess.run([g for g, v in gvs if g is not None], {x: xs, y: ys})
    print([rnd(r.ravel(), 3) for r in raw])
    print([rnd(c.ravel(), 3) for c in sess.run([c for c, _ in capped], {x: xs, y: ys})])
    for i in range(20):
        _, l = sess.run([train, loss], {x: xs, y: ys})
    print("%.4g" % l, rnd(sess.run(w).ravel(), 4), rnd(sess.run(b), 4), sess.run(unused))
