# Metric weights one rank above/below the predictions (squeezed / expanded as TF), for accuracy, precision, auc, mean.
from prelude import tf, np, rnd

labels = tf.constant([[1, 0, 1], [0, 1, 1]])
preds = tf.constant([[1, 1, 1], [0, 0, 1]])
a1, a1u = tf.metrics.accuracy(labels, preds, weights=tf.constant([2.0, 0.0]))
a2, a2u = tf.metrics.accuracy(labels, preds, weights=tf.constant([[[1.0], [0.0], [1.0]], [[1.0], [1.0], [1.0]]]))
p1, p1u = tf.metrics.precision(labels, preds, weights=[1.0, 3.0])
u1, u1u = tf.metrics.auc(labels, tf.cast(preds, tf.float32) * 0.8, weights=[0.5, 1.0], num_thresholds=5)
m1, m1u = tf.metrics.mean(tf.cast(preds, tf.float32), weights=[1.0, 0.0])
r1, r1u = tf.metrics.mean_squared_error(labels, preds, weights=[[1.0], [2.0]])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([a1u, a2u, p1u, u1u, m1u, r1u]), 4))
    print(rnd(sess.run([a1, a2, p1, u1, m1, r1]), 4))
