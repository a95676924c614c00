# Gradients of reduce_max/min with ties, reduce_logsumexp, reduce_euclidean_norm, reduce_variance/std, reduce_mean.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 3.0, 3.0], [2.0, 2.0, -1.0]])
gs = {
    "max": tf.gradients(tf.reduce_max(x), x)[0],
    "max1": tf.gradients(tf.reduce_max(x, 1), x)[0],
    "min0": tf.gradients(tf.reduce_min(x, 0), x)[0],
    "lse": tf.gradients(tf.reduce_logsumexp(x), x)[0],
    "lse1": tf.gradients(tf.reduce_logsumexp(x, 1, keepdims=True), x)[0],
    "eucl": tf.gradients(tf.math.reduce_euclidean_norm(x), x)[0],
    "eucl1": tf.gradients(tf.math.reduce_euclidean_norm(x, 1), x)[0],
    "var": tf.gradients(tf.math.reduce_variance(x), x)[0],
    "std1": tf.gradients(tf.math.reduce_std(x, 1), x)[0],
    "mean0": tf.gradients(tf.reduce_mean(x, 0), x)[0],
    "amax": tf.gradients(tf.reduce_max(x, [0, 1], keepdims=True), x)[0],
}
big = tf.constant([1000.0, 1000.0])
glse = tf.gradients(tf.reduce_logsumexp(big), big)[0]
xi = tf.constant([1, 2])
print(tf.gradients(tf.reduce_max(xi), xi), tf.gradients(tf.reduce_sum(xi), xi))
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print("lse_big", rnd(sess.run(glse), 4))
