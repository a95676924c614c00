# Gradients through transpose (perm, conjugate), reshape -1, broadcast_to, expand_dims, squeeze, identity_n.
from prelude import tf, np, rnd

x = tf.reshape(tf.range(6.0), [2, 3])
w3 = tf.reshape(tf.range(6.0), [3, 2])
gs = {
    "tr": tf.gradients(tf.transpose(x) * w3, x)[0],
    "tr_perm": tf.gradients(tf.transpose(tf.reshape(x, [1, 2, 3]), [2, 0, 1]) * tf.reshape(w3, [3, 1, 2]), x)[0],
    "reshape": tf.gradients(tf.reshape(x, [-1]) * tf.range(6.0), x)[0],
    "bcast": tf.gradients(tf.broadcast_to(tf.constant([1.0, 2.0, 3.0]) * x[0], [4, 2, 3]), x)[0],
    "expand": tf.gradients(tf.expand_dims(x, 1) * 2.0, x)[0],
    "squeeze": tf.gradients(tf.squeeze(tf.reshape(x, [1, 2, 1, 3]), [0]) * 3.0, x)[0],
    "idn": tf.gradients(tf.identity_n([x, x * 2.0])[1], x)[0],
}
b = tf.constant([1.0, 2.0])
gb = tf.gradients(tf.broadcast_to(b, [3, 2]) * tf.reshape(tf.range(6.0), [3, 2]), b)[0]
p = tf.placeholder(tf.float32, [None, 2])
gr = tf.gradients(tf.reshape(p, [-1]) * 2.0, p)[0]
print(gr.shape, gb.shape)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gb), 4), rnd(sess.run(gr, {p: np.zeros([2, 2])}), 4))
