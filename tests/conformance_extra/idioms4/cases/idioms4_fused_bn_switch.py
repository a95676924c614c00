# tf.nn.fused_batch_norm with a training/inference switch via placeholder_with_default + tf.cond, moving averages by assign.
from prelude import tf, np, rnd

rs = np.random.RandomState(47)
data = (rs.randn(4, 3, 3, 2) * 2 + 1).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3, 3, 2], name="x")
is_training = tf.placeholder_with_default(False, [], name="is_training")
scale = tf.Variable(tf.ones([2]), name="gamma")
offset = tf.Variable(tf.zeros([2]), name="beta")
mov_mean = tf.Variable(tf.zeros([2]), trainable=False, name="moving_mean")
mov_var = tf.Variable(tf.ones([2]), trainable=False, name="moving_variance")


def train_branch():
    y, m, v = tf.nn.fused_batch_norm(x, scale, offset, epsilon=1e-3, is_training=True)
    um = tf.assign(mov_mean, 0.9 * mov_mean + 0.1 * m)
    uv = tf.assign(mov_var, 0.9 * mov_var + 0.1 * v)
    with tf.control_dependencies([um, uv]):
        return tf.identity(y)


def infer_branch():
    y, _, _ = tf.nn.fused_batch_norm(x, scale, offset, mean=mov_mean, variance=mov_var,
                                     epsilon=1e-3, is_training=False)
    return y


out = tf.cond(is_training, train_branch, infer_branch)
print(out.shape, out.dtype.name, is_training.op.type, out.op.type)
loss = tf.reduce_mean(tf.square(out - 1.0))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(out, {x: data})[0, 0, 0], 4))
    for i in range(3):
        _, l = sess.run([train, loss], {x: data, is_training: True})
        print(i, "%.4g" % l)
    print(rnd(sess.run(mov_mean), 4), rnd(sess.run(mov_var), 4))
    print(rnd(sess.run(out, {x: data})[0, 0, 0], 4), rnd(sess.run(scale), 4))
