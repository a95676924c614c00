# ExponentialMovingAverage with num_updates: train op under control_dependencies, evaluate with shadow values, restore averages via variables_to_restore.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
rs = np.random.RandomState(15)
X = rs.randn(20, 2).astype(np.float32)
Y = (X @ np.array([[3.0], [-1.0]])).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([2, 1]), name="w")
gs = tf.train.get_or_create_global_step()
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - y))
opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=gs)
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=gs)
with tf.control_dependencies([opt]):
    train = ema.apply([w])
avg_w = ema.average(w)
print(avg_w.name, ema.average_name(w), train.type)
print(sorted(ema.variables_to_restore().keys()))
ema_loss = tf.reduce_mean(tf.square(tf.matmul(x, avg_w) - y))
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(15):
        sess.run(train, {x: X, y: Y})
        if i % 5 == 4:
            print(i, "%.4g" % sess.run(loss, {x: X, y: Y}), "%.4g" % sess.run(ema_loss, {x: X, y: Y}))
    print(rnd(sess.run(w)[:, 0], 4), rnd(sess.run(avg_w)[:, 0], 4))
    path = saver.save(sess, os.path.join(d, "m"))
tf.reset_default_graph()
w2 = tf.Variable(tf.zeros([2, 1]), name="w")
ema2 = tf.train.ExponentialMovingAverage(0.9)
restorer = tf.train.Saver(ema2.variables_to_restore())
with tf.Session() as sess:
    restorer.restore(sess, path)
    print("eval weights", rnd(sess.run(w2)[:, 0], 4))
