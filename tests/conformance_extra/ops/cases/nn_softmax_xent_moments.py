# softmax/log_softmax on axes, the cross-entropy family, moments and batch_normalization.
from prelude import tf, np, rnd

logits = tf.constant([[2.0, 1.0, 0.1], [0.5, 0.5, 3.0]])
labels = tf.constant([[1.0, 0.0, 0.0], [0.0, 0.3, 0.7]])
sm = tf.nn.softmax(logits, axis=0)
lsm = tf.nn.log_softmax(logits)
x1 = tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits)
x2 = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 2], logits=logits)
x3 = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
x4 = tf.nn.weighted_cross_entropy_with_logits(labels, logits, 2.0)
mean, var = tf.nn.moments(logits, axes=[0])
bn = tf.nn.batch_normalization(logits, mean, var, offset=None, scale=2.0, variance_epsilon=1e-3)
l2 = tf.nn.l2_loss(logits)
norm = tf.nn.l2_normalize(logits, axis=1)
for t in (sm, lsm, x1, x2, x3, x4, mean, var, bn, l2, norm):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([sm, lsm, x1, x2, x3, x4, mean, var, bn, l2, norm]), 4))
