# Gradients through clip_by_value (bounds, tensor bounds), clip_by_norm, clip_by_global_norm, clip_by_average_norm.
from prelude import tf, np, rnd

x = tf.constant([[-2.0, 0.5], [1.0, 3.0]])
lo = tf.constant(-1.0)
hi = tf.constant([1.0, 2.0])
gcv = tf.gradients(tf.clip_by_value(x, lo, hi) * tf.constant([[1.0, 2.0], [3.0, 4.0]]), [x, lo, hi])
print([None if t is None else t.shape for t in gcv])
gcn = tf.gradients(tf.clip_by_norm(x, 2.0) * tf.constant([[1.0, 2.0], [3.0, 4.0]]), x)[0]
gcn1 = tf.gradients(tf.clip_by_norm(x, 2.0, axes=[1]) * tf.constant([[1.0, 2.0], [3.0, 4.0]]), x)[0]
gcn_no = tf.gradients(tf.clip_by_norm(x, 100.0) * 2.0, x)[0]
y = tf.constant([1.0, 2.0])
clipped, gn = tf.clip_by_global_norm([x, y], 3.0)
ggn = tf.gradients(tf.reduce_sum(clipped[0]) + tf.reduce_sum(clipped[1] * 2.0), [x, y])
gn_only = tf.gradients(gn, [x, y])
gca = tf.gradients(tf.clip_by_average_norm(x, 0.5), x)[0]
with tf.Session() as sess:
    print([None if t is None else rnd(sess.run(t), 4) for t in gcv])
    print(rnd(sess.run(gcn), 4), rnd(sess.run(gcn1), 4), rnd(sess.run(gcn_no), 4))
    print([rnd(sess.run(t), 4) for t in ggn], [rnd(sess.run(t), 4) for t in gn_only])
    print(rnd(sess.run(gca), 4))
