# Hand-built batch norm with moving averages in UPDATE_OPS, control deps on train op, dropout.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3], name="x")
training = tf.placeholder(tf.bool, [], name="training")
gamma = tf.Variable(tf.ones([3]), name="gamma")
beta = tf.Variable(tf.zeros([3]), name="beta")
mm = tf.Variable(tf.zeros([3]), trainable=False, name="moving_mean")
mv = tf.Variable(tf.ones([3]), trainable=False, name="moving_var")
mean, var = tf.nn.moments(x, [0])
upd_m = tf.assign(mm, mm * 0.9 + mean * 0.1)
upd_v = tf.assign(mv, mv * 0.9 + var * 0.1)
tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_m)
tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, upd_v)
m, v = tf.cond(training, lambda: (mean, var), lambda: (tf.identity(mm), tf.identity(mv)))
y = tf.nn.batch_normalization(x, m, v, beta, gamma, 1e-3)
d = tf.nn.dropout(y, keep_prob=1.0)
d2 = tf.nn.dropout(y, rate=0.5, seed=1)
loss = tf.reduce_sum(tf.square(d - 2.0))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
print(mean.shape, var.shape, y.shape, d.shape, d2.op.type, len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
print([c.name for c in train.control_inputs])
print(sorted(v.name for v in tf.trainable_variables()), len(tf.global_variables()))
data = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0], [0.0, 0.0, 6.0]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        print(rnd(sess.run([loss, train], {x: data, training: True})[0], 4))
    print(rnd(sess.run([mm, mv, gamma, beta]), 4))
    print(rnd(sess.run(y, {x: data, training: False}), 4))
    dd = sess.run(d2, {x: data, training: True})
    print(dd.shape, bool(np.all((dd == 0) | (np.abs(dd) > 0))))
