# tf.nn.fractional_max_pool with deterministic seeds: TF's pooling sequences and values
# (random and pseudo-random, overlapping or not), names, shapes, gradient.
from prelude import tf, np, rnd

x = tf.constant((np.arange(1 * 10 * 11 * 2).reshape(1, 10, 11, 2) * 37 % 23).astype(np.float32))
with tf.Session() as sess:
    for pseudo in (False, True):
        for overlapping in (False, True):
            for ratio in ([1, 1.5, 1.5, 1], [1, 1.44, 1.73, 1], [1, 2.0, 1.2, 1]):
                out, rows, cols = tf.nn.fractional_max_pool(
                    x, ratio, pseudo_random=pseudo, overlapping=overlapping, deterministic=True,
                    seed=7, seed2=3)
                o, r, c = sess.run([out, rows, cols])
                print(pseudo, overlapping, ratio, out.shape, o.shape, r.tolist(), c.tolist())
                print(rnd(o[0, :, :, 0]))
    out, rows, cols = tf.nn.fractional_max_pool(x, [1, 1.5, 1.5, 1], deterministic=True, seed=123)
    print(out.name, rows.name, cols.name, out.dtype.name, rows.dtype.name, out.op.get_attr("seed2"))
    print("again", [sess.run(rows).tolist() for _ in range(2)])
    g = tf.gradients(tf.reduce_sum(out * out), x)[0]
    print(g.op.type, g.shape, rnd(sess.run(g)[0, :, :, 1]))
