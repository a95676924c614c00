# get_variable regularizers, REGULARIZATION_LOSSES, losses collection, l2_loss weight decay training.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

reg = lambda t: 0.01 * tf.nn.l2_loss(t)
with tf.variable_scope("model", regularizer=reg):
    w1 = tf.get_variable("w1", [2, 2], initializer=tf.constant_initializer(1.0))
    w2 = tf.get_variable("w2", [2], initializer=tf.constant_initializer(2.0), regularizer=lambda t: tf.reduce_sum(tf.abs(t)))
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer(), regularizer=None)
x = tf.constant([[1.0, 0.0]])
pred = tf.matmul(x, w1) * w2 + b
data_loss = tf.losses.mean_squared_error(tf.constant([[0.0, 1.0]]), pred)
regs = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print([r.name for r in regs], [t.name for t in tf.losses.get_regularization_losses()])
print([l.name for l in tf.losses.get_losses()], data_loss.name)
total = tf.losses.get_total_loss()
print(total.name, total.op.type)
train = tf.train.GradientDescentOptimizer(0.1).minimize(total)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(regs), 4), rnd(sess.run(tf.losses.get_regularization_loss()), 4))
    for _ in range(3):
        print(rnd(sess.run([total, train])[0], 4))
    print(rnd(sess.run([w1, w2, b]), 4))
