# tf.nn.fractional_avg_pool: TF's values and gradient for seeded sequences; float64 and int.
from prelude import tf, np, rnd

v = (np.arange(1 * 9 * 7 * 1).reshape(1, 9, 7, 1) * 13 % 17).astype(np.float64)
with tf.Session() as sess:
    for pseudo in (False, True):
        for overlapping in (False, True):
            x = tf.constant(v)
            out, rows, cols = tf.nn.fractional_avg_pool(
                x, [1, 1.6, 1.4, 1], pseudo_random=pseudo, overlapping=overlapping,
                deterministic=True, seed=11, seed2=5)
            g = tf.gradients(tf.reduce_sum(out * 2.0), x)[0]
            o, r, c, gv = sess.run([out, rows, cols, g])
            print(pseudo, overlapping, o.dtype, r.tolist(), c.tolist())
            print(rnd(o[0, :, :, 0], 4))
            print(g.op.type, rnd(gv[0, :, :, 0], 4))
    xi = tf.constant(v.astype(np.int32))
    oi = tf.nn.fractional_avg_pool(xi, [1, 2.0, 1.5, 1], deterministic=True, seed=3, seed2=1)[0]
    print(oi.dtype.name, sess.run(oi)[0, :, :, 0].tolist())
