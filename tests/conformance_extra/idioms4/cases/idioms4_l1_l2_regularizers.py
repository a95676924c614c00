# L2 via tf.nn.l2_loss plus get_variable regularizers collected by tf.losses.get_regularization_loss.
from prelude import tf, np, rnd

rs = np.random.RandomState(50)
xs = rs.randn(20, 4).astype(np.float32)
ys = (xs[:, :1] * 2).astype(np.float32)


def l1_reg(scale):
    return lambda w: tf.multiply(scale, tf.reduce_sum(tf.abs(w)), name="l1")


x = tf.placeholder(tf.float32, [None, 4])
y = tf.placeholder(tf.float32, [None, 1])
with tf.variable_scope("net", regularizer=lambda w: 0.01 * tf.nn.l2_loss(w)):
    w1 = tf.get_variable("w1", [4, 3], initializer=tf.constant_initializer(0.2))
    w2 = tf.get_variable("w2", [3, 1], initializer=tf.constant_initializer(0.3), regularizer=l1_reg(0.05))
    b = tf.get_variable("b", [1], initializer=tf.zeros_initializer(), regularizer=None)
reg_losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print([r.name for r in reg_losses])
reg = tf.losses.get_regularization_loss()
print(reg.name, reg.shape, tf.losses.get_regularization_losses(scope="net")[0].name)
pred = tf.matmul(tf.nn.relu(tf.matmul(x, w1)), w2) + b
data_loss = tf.reduce_mean(tf.square(pred - y))
manual_l2 = 1e-3 * tf.add_n([tf.nn.l2_loss(v) for v in tf.trainable_variables()])
total = data_loss + reg + manual_l2
print(tf.nn.l2_loss(w1).op.type, manual_l2.shape)
train = tf.train.GradientDescentOptimizer(0.05).minimize(total)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([r for r in reg_losses] + [reg, manual_l2]), 5))
    for i in range(30):
        _, t, d = sess.run([train, total, data_loss], {x: xs, y: ys})
    print("%.4g" % t, "%.4g" % d, "%.4g" % sess.run(reg))
    print(rnd(sess.run(w2).ravel(), 4))
