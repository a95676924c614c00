# Linear regression trained with tf.losses.mean_squared_error, evaluated with tf.metrics (local vars, update ops).
from prelude import tf, np, rnd

rs = np.random.RandomState(41)
xs = rs.rand(32, 2).astype(np.float32)
ys = (xs @ np.array([[2.0], [-1.0]], np.float32) + 0.5).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
w = tf.get_variable("w", [2, 1], initializer=tf.zeros_initializer())
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
pred = tf.matmul(x, w) + b
loss = tf.losses.mean_squared_error(y, pred)
print(loss.name, loss.shape, tf.get_collection(tf.GraphKeys.LOSSES)[0].name)
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
mse, mse_up = tf.metrics.mean_squared_error(y, pred)
mae, mae_up = tf.metrics.mean_absolute_error(y, pred)
rmse, rmse_up = tf.metrics.root_mean_squared_error(y, pred)
print(mse.name, mse_up.name, sorted(v.op.name for v in tf.local_variables()))
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    for i in range(30):
        _, l = sess.run([train, loss], {x: xs, y: ys})
        if i % 10 == 0:
            print(i, "%.4g" % l)
    for k in range(0, 32, 8):
        sess.run([mse_up, mae_up, rmse_up], {x: xs[k:k + 8], y: ys[k:k + 8]})
    print(rnd(sess.run([mse, mae, rmse]), 4))
    print(rnd(sess.run(w)[:, 0], 3), rnd(sess.run(b), 3))
