# Multi-label classifier: tf.losses.sigmoid_cross_entropy with weights and label_smoothing, weighted_cross_entropy_with_logits, reductions.
from prelude import tf, np, rnd

rs = np.random.RandomState(25)
X = rs.randn(30, 3).astype(np.float32)
Yl = np.stack([X[:, 0] > 0, X[:, 1] > 0.5, X[:, 2] < -0.5], 1).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 3])
W = tf.Variable(tf.zeros([3, 3]))
logits = tf.matmul(x, W)
w_col = tf.constant([[1.0, 2.0, 0.5]])
l_mean = tf.losses.sigmoid_cross_entropy(y, logits, weights=w_col, label_smoothing=0.1)
l_sum = tf.losses.sigmoid_cross_entropy(y, logits, reduction=tf.losses.Reduction.SUM, loss_collection=None)
l_none = tf.losses.sigmoid_cross_entropy(y, logits, reduction=tf.losses.Reduction.NONE, loss_collection=None)
wce = tf.reduce_mean(tf.nn.weighted_cross_entropy_with_logits(labels=y, logits=logits, pos_weight=3.0))
hub = tf.losses.huber_loss(y, tf.sigmoid(logits), delta=0.3, loss_collection=None)
print(l_mean.shape, l_sum.shape, l_none.shape, l_none.dtype.name, len(tf.losses.get_losses()))
train = tf.train.GradientDescentOptimizer(1.0).minimize(l_mean + 0.1 * wce)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    fd = {x: X, y: Yl}
    print(["%.4g" % v for v in sess.run([l_mean, l_sum, wce, hub], fd)])
    for i in range(25):
        sess.run(train, fd)
    print(["%.4g" % v for v in sess.run([l_mean, l_sum, wce, hub], fd)])
    print(rnd(sess.run(l_none, fd)[:2], 4))
    pred = sess.run(tf.cast(logits > 0, tf.float32), fd)
    print("label acc", rnd((pred == Yl).mean(0), 4))
    try:
        tf.losses.sigmoid_cross_entropy(y, tf.zeros([4, 2]))
    except ValueError:
        print("ValueError")
