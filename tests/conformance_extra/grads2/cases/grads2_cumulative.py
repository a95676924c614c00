# Gradients of cumprod/cumsum with exclusive/reverse, on axes, and cumulative_logsumexp.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [0.5, -1.0, 4.0]])
w = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
gs = {}
for ex in [False, True]:
    for rv in [False, True]:
        gs["cumprod_%d%d" % (ex, rv)] = tf.gradients(tf.cumprod(x, axis=1, exclusive=ex, reverse=rv) * w, x)[0]
        gs["cumsum_%d%d" % (ex, rv)] = tf.gradients(tf.cumsum(x, axis=0, exclusive=ex, reverse=rv) * w, x)[0]
gs["clse"] = tf.gradients(tf.math.cumulative_logsumexp(x, axis=1) * w, x)[0]
ax = tf.constant(-1)
gs["cumsum_tax"] = tf.gradients(tf.cumsum(x, axis=ax) * w, x)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, gs[k].shape, rnd(sess.run(gs[k]), 4))
