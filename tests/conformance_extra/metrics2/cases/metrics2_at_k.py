# precision_at_k / recall_at_k / precision_at_top_k / average_precision_at_k: names, dtypes and values.
from prelude import tf, np, rnd

logits = tf.constant([[0.1, 0.5, 0.3, 0.05], [0.6, 0.1, 0.2, 0.1], [0.2, 0.2, 0.5, 0.1]])
labels = tf.constant([[1], [2], [2]], dtype=tf.int64)
p1, p1u = tf.metrics.precision_at_k(labels, logits, k=1)
p2, p2u = tf.metrics.precision_at_k(labels, logits, k=2)
r2, r2u = tf.metrics.recall_at_k(labels, logits, k=2)
r1c, r1cu = tf.metrics.recall_at_k(labels, logits, k=2, class_id=2)
_, top = tf.nn.top_k(logits, k=2)
pt, ptu = tf.metrics.precision_at_top_k(labels, tf.cast(top, tf.int64), k=2)
ap, apu = tf.metrics.average_precision_at_k(labels, logits, k=3)
for t in (p1, p1u, p2, r2, r2u, r1c, pt, ptu, ap, apu):
    print(t.name, t.dtype.name, t.shape)
print([v.name for v in tf.local_variables()])
lab1d = tf.constant([1, 0, 2], dtype=tf.int64)
p3, p3u = tf.metrics.precision_at_k(lab1d, logits, k=1, name="p1d")
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([p1u, p2u, r2u, r1cu, ptu, apu, p3u]), 4))
    print(rnd(sess.run([p1u, p2u, r2u, r1cu, ptu, apu, p3u]), 4))
    print(rnd(sess.run([p1, p2, r2, r1c, pt, ap, p3]), 4))
