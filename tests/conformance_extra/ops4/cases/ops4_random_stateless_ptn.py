# tf.random.stateless_parameterized_truncated_normal: TF's values in each sampling regime.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for seed in ([1, 2], [-7, 123456789]):
        s = tf.constant(seed)
        out = sess.run([
            tf.random.stateless_parameterized_truncated_normal([7], s),
            tf.random.stateless_parameterized_truncated_normal(
                [4, 3], s, means=[0.0, 1.0, -2.0], stddevs=[1.0, 0.5, 2.0],
                minvals=[-1.0, 1.5, 0.0], maxvals=[1.0, 3.0, 10.0]),
            tf.random.stateless_parameterized_truncated_normal([5], s, minvals=2.0, maxvals=3.0),
            tf.random.stateless_parameterized_truncated_normal([5], s, minvals=-np.inf, maxvals=0.5),
            tf.random.stateless_parameterized_truncated_normal(
                [6], s, means=tf.constant(0.0, tf.float64), stddevs=tf.constant(1.0, tf.float64),
                minvals=tf.constant(0.1, tf.float64), maxvals=tf.constant(0.3, tf.float64)),
        ])
        print(seed, rnd(out, 5))
    t = tf.random.stateless_parameterized_truncated_normal([2, 3], [1, 2])
    print(t.name, t.dtype.name, t.shape)
    try:
        sess.run(tf.random.stateless_parameterized_truncated_normal([3], [1, 2], minvals=2.0,
                                                                     maxvals=1.0))
    except Exception as e:  # noqa: BLE001
        print("bounds", type(e).__name__)
