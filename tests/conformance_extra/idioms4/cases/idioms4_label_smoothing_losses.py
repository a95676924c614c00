# Classification losses with label smoothing, per-example weights, reductions, and weighted_cross_entropy_with_logits.
from prelude import tf, np, rnd

logits = tf.constant([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
onehot = tf.constant([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
sparse = tf.constant([0, 1, 2])
a = tf.losses.softmax_cross_entropy(onehot, logits, label_smoothing=0.1)
b = tf.losses.softmax_cross_entropy(onehot, logits, weights=[1.0, 0.0, 2.0], reduction=tf.losses.Reduction.SUM_BY_NONZERO_WEIGHTS)
c = tf.losses.sparse_softmax_cross_entropy(sparse, logits, weights=[[0.5], [1.0], [1.5]], reduction=tf.losses.Reduction.NONE)
d = tf.losses.sigmoid_cross_entropy(onehot, logits, label_smoothing=0.2, reduction=tf.losses.Reduction.MEAN)
e = tf.nn.weighted_cross_entropy_with_logits(labels=onehot, logits=logits, pos_weight=3.0)
f = tf.losses.hinge_loss(onehot, logits)
g = tf.losses.cosine_distance(tf.nn.l2_normalize(onehot, 1), tf.nn.l2_normalize(logits, 1), axis=1)
h = tf.losses.mean_pairwise_squared_error(onehot, logits)
print([t.name for t in (a, b, c, d, e, f, g, h)])
print([t.shape for t in (a, b, c, d, e, f, g, h)], len(tf.losses.get_losses()))
with tf.Session() as sess:
    print(rnd(sess.run([a, b, d, f, g, h]), 4))
    print(rnd(sess.run(c), 4), rnd(sess.run(e)[0], 4))
try:
    tf.losses.softmax_cross_entropy(onehot, logits, weights=[1.0, 2.0])
except ValueError as err:
    print("ValueError")
