# Linear regression with GradientDescent, global_step, exponential decay; fetch ref vars with train op.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

rs = np.random.RandomState(0)
xs = rs.randn(16, 3).astype(np.float32)
ys = xs.dot([[1.0], [-2.0], [0.5]]).astype(np.float32) + 0.3
x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
w = tf.Variable(tf.zeros([3, 1]), name="w")
b = tf.Variable(0.0, name="b")
pred = tf.matmul(x, w) + b
loss = tf.reduce_mean(tf.square(pred - y), name="loss")
gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.1, gs, 5, 0.5, staircase=True)
opt = tf.train.GradientDescentOptimizer(lr)
train = opt.minimize(loss, global_step=gs)
print(gs.name, gs.dtype, gs.shape, type(gs).__name__)
print(lr.name, lr.dtype, train.name, train.type)
print(w.dtype, w.value().dtype, w._ref().dtype if hasattr(w, "_ref") else None)
print(sorted(v.name for v in tf.global_variables()), [v.name for v in tf.trainable_variables()])
print(len(tf.get_default_graph().get_operations()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(12):
        l, _, step, lrv = sess.run([loss, train, gs, lr], {x: xs, y: ys})
        if i % 3 == 0:
            print(i, rnd(l, 4), step, rnd(lrv, 4))
    print(rnd(sess.run(w).ravel(), 3), rnd(sess.run(b), 3), sess.run(gs))
    print(tf.train.global_step(sess, gs))
