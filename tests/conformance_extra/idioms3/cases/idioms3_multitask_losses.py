# Multi-task model: shared trunk, regression + classification heads via tf.losses, l2 regularizers, get_total_loss and collections.
from prelude import tf, np, rnd

rs = np.random.RandomState(13)
X = rs.randn(30, 4).astype(np.float32)
yr = (X[:, :1] * 2.0).astype(np.float32)
yc = (X[:, 1] > 0).astype(np.int32)
x = tf.placeholder(tf.float32, [None, 4])
reg_t = tf.placeholder(tf.float32, [None, 1])
cls_t = tf.placeholder(tf.int32, [None])
def l2(t):
    return 0.01 * tf.nn.l2_loss(t)


with tf.variable_scope("trunk", regularizer=l2):
    W = tf.get_variable("W", [4, 8], initializer=tf.glorot_normal_initializer(seed=1))
    h = tf.nn.tanh(tf.matmul(x, W))
with tf.variable_scope("reg_head"):
    Wr = tf.get_variable("W", [8, 1], initializer=tf.glorot_normal_initializer(seed=2), regularizer=l2)
    pr = tf.matmul(h, Wr)
with tf.variable_scope("cls_head"):
    Wc = tf.get_variable("W", [8, 2], initializer=tf.glorot_normal_initializer(seed=3))
    pc = tf.matmul(h, Wc)
mse = tf.losses.mean_squared_error(reg_t, pr)
xent = tf.losses.sparse_softmax_cross_entropy(cls_t, pc, weights=0.5)
reg_losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print([r.name for r in reg_losses])
print([l.name for l in tf.losses.get_losses()], mse.dtype.name, xent.shape)
total = tf.losses.get_total_loss()
reg_total = tf.losses.get_regularization_loss()
print(total.name, reg_total.name)
train = tf.train.AdamOptimizer(0.02).minimize(total)
fd = {x: X, reg_t: yr, cls_t: yc}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(30):
        _, t, m, c, r = sess.run([train, total, mse, xent, reg_total], fd)
        if i % 10 == 0:
            print(i, ["%.4g" % v for v in (t, m, c, r)])
    t, m, c, r = sess.run([total, mse, xent, reg_total], fd)
    print(bool(abs(t - (m + c + r)) < 1e-5), "%.4g" % t)
    print("no-reg %.4g" % sess.run(tf.losses.get_total_loss(add_regularization_losses=False), fd))
