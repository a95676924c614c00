# Batch norm by hand: tf.nn.moments, moving averages added to UPDATE_OPS, control_dependencies on the train op, tf.cond train/eval switch.
from prelude import tf, np, rnd

rs = np.random.RandomState(3)
X = (rs.randn(32, 3) * [1.0, 4.0, 0.5] + [2.0, -1.0, 0.0]).astype(np.float32)
Y = (X @ np.array([[0.5], [0.2], [-1.0]])).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])
is_training = tf.placeholder_with_default(True, [], name="is_training")
with tf.variable_scope("bn"):
    gamma = tf.get_variable("gamma", [3], initializer=tf.ones_initializer())
    beta = tf.get_variable("beta", [3], initializer=tf.zeros_initializer())
    mov_mean = tf.get_variable("moving_mean", [3], initializer=tf.zeros_initializer(), trainable=False)
    mov_var = tf.get_variable("moving_variance", [3], initializer=tf.ones_initializer(), trainable=False)
    mean, var = tf.nn.moments(x, axes=[0])
    decay = 0.9
    upd_m = tf.assign(mov_mean, mov_mean * decay + mean * (1 - decay))
    upd_v = tf.assign(mov_var, mov_var * decay + var * (1 - decay))
    tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_m)
    tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_v)
    m, v = tf.cond(is_training, lambda: (mean, var), lambda: (tf.identity(mov_mean), tf.identity(mov_var)))
    xn = tf.nn.batch_normalization(x, m, v, beta, gamma, 1e-3)
w = tf.get_variable("w", [3, 1], initializer=tf.zeros_initializer())
loss = tf.reduce_mean(tf.square(tf.matmul(xn, w) - y))
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(len(update_ops), [u.op.name for u in update_ops], mean.shape, xn.shape)
with tf.control_dependencies(update_ops):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print([v.name for v in tf.trainable_variables()], len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(25):
        _, l = sess.run([train, loss], {x: X, y: Y})
        if i % 8 == 0:
            print(i, "%.4g" % l)
    print(rnd(sess.run(mov_mean), 3), rnd(sess.run(mov_var), 3))
    print("eval %.4g" % sess.run(loss, {x: X, y: Y, is_training: False}))
    print("train-mode %.4g" % sess.run(loss, {x: X, y: Y}))
