# Gradients through reverse, slice and strided_slice with masks, ellipsis, new axes and negative strides.
from prelude import tf, np, rnd

x = tf.reshape(tf.range(24.0), [2, 3, 4])
gs = {
    "rev": tf.gradients(tf.reverse(x, [1]) * tf.range(4.0), x)[0],
    "rev_seq": tf.gradients(tf.reverse_sequence(x, [2, 3], seq_axis=1, batch_axis=0) * tf.range(4.0), x)[0],
    "slice": tf.gradients(tf.slice(x, [0, 1, 1], [-1, 2, 2]) * 3.0, x)[0],
    "neg": tf.gradients(x[:, ::-2, 1] * tf.constant([1.0, 2.0]), x)[0],
    "ell": tf.gradients(x[..., 1:3] * 2.0, x)[0],
    "newax": tf.gradients(tf.reduce_sum(x[0, tf.newaxis, :, -1]), x)[0],
    "shrink": tf.gradients(x[1, 2, 3] * 10.0, x)[0],
    "masks": tf.gradients(tf.strided_slice(x, [0, 0, 1], [0, 0, 3], [1, 1, 1], begin_mask=3, end_mask=3), x)[0],
}
p = tf.placeholder(tf.float32, [None, 4])
gp = tf.gradients(p[1:, 2:] * 2.0, p)[0]
print(gp.shape)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, gs[k].shape, rnd(sess.run(gs[k]).reshape(-1).tolist(), 4))
    print(rnd(sess.run(gp, {p: np.ones([3, 4])}), 4))
