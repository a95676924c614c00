# tf.random.stateless_gamma: TF's values for float32/float64, alpha/beta broadcasting, gradient.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for seed in ([1, 2], [-7, 123456789]):
        s = tf.constant(seed)
        a = tf.random.stateless_gamma([3, 2], s, alpha=[0.5, 3.0])
        b = tf.random.stateless_gamma([4], s, alpha=1.0, beta=2.0, dtype=tf.float64)
        c = tf.random.stateless_gamma([2, 3], s, alpha=[[0.1], [7.0]], beta=[1.0, 2.0, 0.5])
        print(seed, rnd(sess.run([a, b, c]), 4))
    alpha = tf.constant([0.5, 2.0, 4.0])
    x = tf.random.stateless_gamma([5, 3], [3, 4], alpha=alpha)
    print(x.name, x.shape, x.dtype.name, x.op.inputs[1].op.type)
    g = tf.gradients(tf.reduce_sum(x * x), alpha)[0]
    print(g.shape, rnd(sess.run(g), 3))
    try:
        sess.run(tf.random.stateless_gamma([3], [1, 2], alpha=[1.0, 2.0]))
    except Exception as e:  # noqa: BLE001
        print("suffix", type(e).__name__)
    try:
        tf.random.stateless_gamma([3], [1, 2, 3], alpha=1.0)
    except Exception as e:  # noqa: BLE001
        print("seed", type(e).__name__)
