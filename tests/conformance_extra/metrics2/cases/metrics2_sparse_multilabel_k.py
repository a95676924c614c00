# recall_at_k / precision_at_k with multi-label int64 labels padded by -1, class_id, and weights per example.
from prelude import tf, np, rnd

logits = tf.constant([[0.1, 0.5, 0.3, 0.05], [0.6, 0.1, 0.2, 0.1], [0.2, 0.2, 0.5, 0.1]])
labels = tf.constant([[1, 2], [0, -1], [3, -1]], dtype=tf.int64)
r, ru = tf.metrics.recall_at_k(labels, logits, k=2)
p, pu = tf.metrics.precision_at_k(labels, logits, k=2, weights=[1.0, 2.0, 0.5])
pc, pcu = tf.metrics.precision_at_k(labels, logits, k=2, class_id=1)
rc, rcu = tf.metrics.recall_at_k(labels, logits, k=1, class_id=3)
ap, apu = tf.metrics.average_precision_at_k(labels, logits, k=2)
print([(v.name, v.dtype.name, v.shape.as_list()) for v in tf.local_variables()])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([ru, pu, pcu, rcu, apu]), 4))
    print(rnd(sess.run([r, p, pc, rc, ap]), 4))
