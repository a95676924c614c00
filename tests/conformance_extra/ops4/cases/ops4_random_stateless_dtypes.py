# Stateless gamma / Poisson / binomial / truncated normal: dtypes, fed shapes and seeds, and
# static shapes from constant or unknown shape arguments.
from prelude import tf, np, rnd

seed = tf.placeholder(tf.int64, [2])
shape = tf.placeholder(tf.int32, [2])
with tf.Session() as sess:
    feed = {seed: [5, 6], shape: [2, 3]}
    for dt in (tf.int32, tf.int64, tf.float32, tf.float64):
        p = tf.random.stateless_poisson(shape, seed, lam=tf.constant([1.0, 7.5, 30.0], tf.float64),
                                        dtype=dt)
        print("poisson", dt.name, p.dtype.name, p.shape, sess.run(p, feed).tolist())
    for dt in (tf.float32, tf.float64):
        b = tf.random.stateless_binomial(shape, seed, counts=tf.constant([4.0, 20.0, 60.0], dt),
                                         probs=tf.constant([0.5, 0.25, 0.8], dt),
                                         output_dtype=tf.int64)
        print("binomial", dt.name, b.shape, sess.run(b, feed).tolist())
    g = tf.random.stateless_gamma(shape, seed, alpha=[0.7, 1.0, 9.0], dtype=tf.float64)
    print("gamma", g.shape, rnd(sess.run(g, feed), 6))
    t = tf.random.stateless_parameterized_truncated_normal(
        shape, seed, means=tf.constant([0.0, 5.0, -1.0], tf.float64),
        stddevs=tf.constant(2.0, tf.float64), minvals=tf.constant(-1.0, tf.float64),
        maxvals=tf.constant([1.0, 9.0, 0.0], tf.float64))
    print("ptn", t.shape, t.dtype.name, rnd(sess.run(t, feed), 6))
    print(tf.random.stateless_poisson([4, 2], [1, 2], lam=1.0).shape,
          tf.random.stateless_gamma(tf.constant([3, 1]), [1, 2], alpha=1.0).shape)
    for label, fn in (("poisson bad dtype", lambda: tf.random.stateless_poisson([2], [1, 2], 1.0,
                                                                                  dtype=tf.string)),
                      ("gamma int dtype", lambda: tf.random.stateless_gamma([2], [1, 2], 1.0,
                                                                             dtype=tf.int32))):
        try:
            fn()
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
