# tf.random.stateless_poisson / stateless_binomial: TF's values, dtypes, broadcasting, errors.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for seed in ([1, 2], [-7, 123456789]):
        s = tf.constant(seed, tf.int64)
        p = tf.random.stateless_poisson([5, 2], s, lam=[1.5, 40.0])
        pf = tf.random.stateless_poisson([6], s, lam=3.0, dtype=tf.float32)
        b = tf.random.stateless_binomial([4, 3], s, counts=[5.0, 50.0, 200.0], probs=[0.3, 0.5, 0.9])
        b2 = tf.random.stateless_binomial([6], s, counts=30.0, probs=0.7, output_dtype=tf.float32)
        b3 = tf.random.stateless_binomial([2, 3], s, counts=[[10.0], [100.0]], probs=[0.2, 0.6, 0.95])
        print(seed, sess.run([p, pf, b, b2, b3]))
    p = tf.random.stateless_poisson([3], [1, 2], lam=2.0)
    b = tf.random.stateless_binomial([3], [1, 2], counts=5.0, probs=0.3)
    print(p.name, p.dtype.name, p.shape, b.name, b.dtype.name, b.shape)
    for label, t in (("poisson suffix", tf.random.stateless_poisson([3], [1, 2], lam=[1.0, 2.0])),
                     ("binomial suffix", tf.random.stateless_binomial([3], [1, 2], counts=[1.0, 2.0],
                                                                      probs=0.5))):
        try:
            sess.run(t)
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
