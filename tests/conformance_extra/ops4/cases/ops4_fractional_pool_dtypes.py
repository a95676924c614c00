# Fractional pooling over int32 / int64 / float64 input, batch > 1 and depth > 1.
from prelude import tf, np, rnd

v = (np.arange(2 * 7 * 9 * 3).reshape(2, 7, 9, 3) * 29 % 31)
with tf.Session() as sess:
    for dt in (np.int32, np.int64, np.float64):
        x = tf.constant(v.astype(dt))
        m, r, c = tf.nn.fractional_max_pool(x, [1, 1.4, 2.2, 1], overlapping=True,
                                            deterministic=True, seed=5, seed2=8)
        a, r2, c2 = tf.nn.fractional_avg_pool(x, [1, 1.4, 2.2, 1], pseudo_random=True,
                                              deterministic=True, seed=5, seed2=8)
        mv, rv, cv, av, r2v, c2v = sess.run([m, r, c, a, r2, c2])
        print(m.dtype.name, m.shape, rv.tolist(), cv.tolist(), r2v.tolist(), c2v.tolist())
        print(mv[1, :, :, 2].tolist())
        print(rnd(av[0, :, :, 1], 4))
