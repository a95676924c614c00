# Gradients of cumsum/cumprod (exclusive, reverse), reduce_std/variance, euclidean norm, logsumexp.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
outs = {
    "cumsum": tf.cumsum(x, axis=1),
    "cumsum_ex": tf.cumsum(x, axis=1, exclusive=True),
    "cumsum_rev": tf.cumsum(x, axis=1, reverse=True),
    "cumsum_both": tf.cumsum(x, axis=0, exclusive=True, reverse=True),
    "cumprod": tf.cumprod(x, axis=1),
    "cumprod_ex": tf.cumprod(x, axis=1, exclusive=True),
    "cumprod_rev": tf.cumprod(x, axis=1, reverse=True),
    "std": tf.math.reduce_std(x, axis=1),
    "var": tf.math.reduce_variance(x),
    "enorm": tf.math.reduce_euclidean_norm(x, axis=0),
    "lse": tf.reduce_logsumexp(x),
    "segsum": tf.math.segment_sum(x, [0, 0]),
    "segmax": tf.math.segment_max(tf.transpose(x), [0, 0, 1]),
}
gs = {}
for k, v in sorted(outs.items()):
    gs[k] = tf.gradients(tf.reduce_sum(v * tf.cast(tf.range(tf.size(v)), tf.float32)[0] + v * 1.5), x)[0]
z = tf.constant([1.0, 0.0, 2.0])
gz = tf.gradients(tf.reduce_prod(z), z)[0]
gz2 = tf.gradients(tf.cumprod(z), z)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run([gz, gz2]), 4))
