# Gradients of reductions and broadcasting ops on placeholders of unknown rank, fed scalars, vectors and empty arrays.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, name="p")
q = tf.placeholder(tf.float32, [None], name="q")
gs = {
    "mean": tf.gradients(tf.reduce_mean(p), p)[0],
    "sum": tf.gradients(tf.reduce_sum(p * p), p)[0],
    "max": tf.gradients(tf.reduce_max(p), p)[0],
    "prod": tf.gradients(tf.reduce_prod(p), p)[0],
    "lse": tf.gradients(tf.reduce_logsumexp(p), p)[0],
    "mul_bcast": tf.gradients(tf.reduce_sum(p * q), [p, q]),
    "mean0": tf.gradients(tf.reduce_mean(q), q)[0],
}
for k in sorted(gs):
    v = gs[k]
    print(k, [t.shape for t in v] if isinstance(v, list) else v.shape)
with tf.Session() as sess:
    for val in [3.0, [1.0, 2.0, 4.0], [[1.0, 2.0], [3.0, 0.5]]]:
        for k in ["mean", "sum", "max", "prod", "lse"]:
            print(k, rnd(sess.run(gs[k], {p: val}), 4))
    print(rnd(sess.run(gs["mul_bcast"], {p: 2.0, q: [1.0, 2.0]}), 4))
    print(rnd(sess.run(gs["mul_bcast"], {p: [[1.0], [2.0]], q: [1.0, 2.0, 3.0]}), 4))
    print(sess.run(gs["mean0"], {q: np.zeros([0])}).shape)
    print(sess.run(gs["mean"], {p: np.zeros([0, 2])}).shape)
