# Gradients of avg_pool SAME/VALID, max_pool with ties, max_pool1d and avg_pool1d.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 1.0, 2.0, 0.0, 5.0], [1.0, 1.0, 2.0, 2.0, 5.0], [0.0, 3.0, 3.0, 3.0, 1.0]])
x4 = tf.reshape(x, [1, 3, 5, 1])
w = None
gs = {}
for pad in ["SAME", "VALID"]:
    for k in [2, 3]:
        ap = tf.nn.avg_pool(x4, [1, k, k, 1], [1, 2, 2, 1], pad)
        mp = tf.nn.max_pool(x4, [1, k, k, 1], [1, 2, 2, 1], pad)
        gs["avg_%s_%d" % (pad, k)] = tf.gradients(ap * (1.0 + tf.range(tf.cast(tf.size(ap), tf.float32))[0]), x4)[0]
        gs["max_%s_%d" % (pad, k)] = tf.gradients(mp, x4)[0]
        print(pad, k, ap.shape, mp.shape)
x3 = tf.reshape(tf.constant([1.0, 3.0, 3.0, 2.0, 2.0, 0.0]), [1, 6, 1])
gs["max1d"] = tf.gradients(tf.nn.max_pool1d(x3, 2, 1, "VALID"), x3)[0]
gs["avg1d"] = tf.gradients(tf.nn.avg_pool1d(x3, 3, 2, "SAME"), x3)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(np.squeeze(sess.run(gs[k])), 4))
