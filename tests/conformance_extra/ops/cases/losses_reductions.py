# tf.losses: reductions, weights, collections and the names of the loss tensors.
from prelude import tf, np, rnd

labels = tf.constant([[1.0], [0.0], [1.0], [0.0]])
preds = tf.constant([[0.9], [0.2], [0.4], [0.1]])
w = tf.constant([[1.0], [2.0], [0.0], [1.0]])
ls = [tf.losses.mean_squared_error(labels, preds),
      tf.losses.absolute_difference(labels, preds, weights=w),
      tf.losses.log_loss(labels, preds, reduction=tf.losses.Reduction.SUM),
      tf.losses.huber_loss(labels, preds, delta=0.3, reduction=tf.losses.Reduction.NONE),
      tf.losses.hinge_loss(labels, preds, reduction=tf.losses.Reduction.MEAN),
      tf.losses.sigmoid_cross_entropy(labels, preds, label_smoothing=0.1),
      tf.losses.softmax_cross_entropy(tf.constant([[0.0, 1.0]]), tf.constant([[1.0, 2.0]])),
      tf.losses.sparse_softmax_cross_entropy(tf.constant([1]), tf.constant([[1.0, 2.0]])),
      tf.losses.cosine_distance(tf.constant([[1.0, 0.0]]), tf.constant([[0.6, 0.8]]), axis=1)]
for l in ls:
    print(l.name, l.shape.as_list())
print(len(tf.losses.get_losses()), [l.name for l in tf.losses.get_losses()] == [l.name for l in ls])
with tf.Session() as sess:
    print(rnd(sess.run(ls), 4))
