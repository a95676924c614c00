# compute_gradients -> clip_by_global_norm -> apply_gradients(global_step) with Momentum; reports norms, None grads for unused vars.
from prelude import tf, np, rnd

rs = np.random.RandomState(12)
X = rs.randn(20, 3).astype(np.float32) * 5
Y = (X @ np.array([[1.0], [-2.0], [3.0]]) + 1).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([3, 1]), name="w")
b = tf.Variable(tf.zeros([1]), name="b")
unused = tf.Variable(1.0, name="unused")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y))
gs = tf.train.create_global_step()
opt = tf.train.MomentumOptimizer(0.01, momentum=0.9, use_nesterov=True)
gvs = opt.compute_gradients(loss)
print([(g is None, v.name) for g, v in gvs])
gvs = [(g, v) for g, v in gvs if g is not None]
grads, tvars = zip(*gvs)
clipped, gnorm = tf.clip_by_global_norm(grads, 5.0)
train = opt.apply_gradients(zip(clipped, tvars), global_step=gs)
print(gnorm.name, gnorm.shape, [c.shape for c in clipped], train.name)
print(sorted(v.name for v in tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(40):
        _, n, l = sess.run([train, gnorm, loss], {x: X, y: Y})
        if i % 10 == 0:
            print(sess.run(gs), "%.4g" % n, "%.4g" % l)
    print(rnd(sess.run(w)[:, 0], 3), rnd(sess.run(b), 3))
    c2, n2 = sess.run(tf.clip_by_global_norm([tf.constant([3.0, 4.0]), tf.constant([0.0])], 1.0))
    print(rnd(c2, 4), rnd(n2, 4))
    try:
        opt.apply_gradients([(None, unused)])
    except ValueError as e:
        print("ValueError")
