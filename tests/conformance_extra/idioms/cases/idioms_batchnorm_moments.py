# Hand-written batch norm: tf.nn.moments, moving averages in UPDATE_OPS, train/eval switch with tf.cond.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 2], name="x")
is_training = tf.placeholder_with_default(True, [], name="is_training")
with tf.variable_scope("bn"):
    beta = tf.get_variable("beta", [2], initializer=tf.zeros_initializer())
    gamma = tf.get_variable("gamma", [2], initializer=tf.ones_initializer())
    pop_mean = tf.get_variable("pop_mean", [2], initializer=tf.zeros_initializer(), trainable=False)
    pop_var = tf.get_variable("pop_var", [2], initializer=tf.ones_initializer(), trainable=False)
    mean, var = tf.nn.moments(x, [0], name="moments")
    decay = 0.5
    upd_mean = tf.assign(pop_mean, pop_mean * decay + mean * (1 - decay))
    upd_var = tf.assign(pop_var, pop_var * decay + var * (1 - decay))
    tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_mean)
    tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_var)
    m, v = tf.cond(is_training, lambda: (mean, var), lambda: (pop_mean.read_value(), pop_var.read_value()))
    y = tf.nn.batch_normalization(x, m, v, beta, gamma, 1e-3)
print(mean.op.name, var.op.name, mean.shape.as_list(), y.shape.as_list())
print([v.name for v in tf.trainable_variables()], [v.name for v in tf.global_variables()][2:])
loss = tf.reduce_sum(tf.square(y - 1.0))
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(len(update_ops))
with tf.control_dependencies(update_ops):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
data = np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([mean, var], {x: data})))
    for i in range(3):
        _, l = sess.run([train, loss], {x: data})
        print(i, rnd(l), rnd(sess.run(pop_mean)), rnd(sess.run(pop_var)))
    print(rnd(sess.run(y, {x: data, is_training: False})))
    print(rnd(sess.run(y, {x: data})))
    print(rnd(sess.run([beta, gamma])))
