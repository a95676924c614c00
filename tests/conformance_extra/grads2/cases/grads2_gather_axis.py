# Gradient types and values for gather with axis and batch_dims, gather_nd and batch_gather.
from prelude import tf, np, rnd

params = tf.reshape(tf.range(24.0), [2, 3, 4])
gs = {
    "ax0": tf.gradients(tf.gather(params, [1, 1]), params)[0],
    "ax1": tf.gradients(tf.gather(params, [2, 0, 2], axis=1), params)[0],
    "ax2": tf.gradients(tf.gather(params, [[3], [0]], axis=-1), params)[0],
    "bd1": tf.gradients(tf.gather(params, [[0, 2], [1, 1]], axis=1, batch_dims=1), params)[0],
    "gnd": tf.gradients(tf.gather_nd(params, [[0, 1], [1, 2], [0, 1]]), params)[0],
    "gnd_bd": tf.gradients(tf.gather_nd(params, [[[0]], [[2]]], batch_dims=1), params)[0],
    "bg": tf.gradients(tf.batch_gather(params, [[1], [0]]), params)[0],
}
for k in sorted(gs):
    print(k, type(gs[k]).__name__, gs[k].dtype.name)
with tf.Session() as sess:
    for k in sorted(gs):
        v = sess.run(tf.convert_to_tensor(gs[k]))
        print(k, v.shape, rnd(v.reshape(-1).tolist(), 4))
    g = gs["ax0"]
    print(sess.run(g.indices).tolist(), sess.run(g.dense_shape).tolist(), sess.run(g.values).shape)
