# tf.nn.moments + tf.nn.batch_normalization with moving mean/variance kept in variables and updated by assign ops.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3])
training = tf.placeholder_with_default(True, [])
with tf.variable_scope("bn"):
    beta = tf.get_variable("beta", [3], initializer=tf.zeros_initializer())
    gamma = tf.get_variable("gamma", [3], initializer=tf.ones_initializer())
    mmean = tf.get_variable("moving_mean", [3], initializer=tf.zeros_initializer(), trainable=False)
    mvar = tf.get_variable("moving_variance", [3], initializer=tf.ones_initializer(), trainable=False)
mean, var = tf.nn.moments(x, [0], name="moments")
print(mean.name, var.name, mean.shape)
upd_m = tf.assign(mmean, mmean * 0.9 + mean * 0.1)
upd_v = tf.assign_sub(mvar, (mvar - var) * 0.1)
print(upd_m.name, upd_m.op.type, upd_v.name, upd_v.op.type)
with tf.control_dependencies([upd_m, upd_v]):
    train_y = tf.nn.batch_normalization(x, mean, var, beta, gamma, 1e-3)
test_y = tf.nn.batch_normalization(x, mmean, mvar, beta, gamma, 1e-3, name="infer")
y = tf.cond(training, lambda: train_y, lambda: test_y)
print(train_y.name, test_y.name, y.name)
xs = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [2.0, 5.0, 2.0]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {x: xs}), 4))
    print(rnd(sess.run(y, {x: xs * 2}), 4))
    print(rnd(sess.run([mmean, mvar]), 4))
    print(rnd(sess.run(y, {x: xs, training: False}), 4))
