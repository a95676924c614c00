# Bad input for fractional pooling: ratios, ranks, sizes, seeds without deterministic.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        outs = fn()
        with tf.Session() as sess:
            print(label, "ok", [np.shape(v) for v in sess.run(list(outs))])
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([1, 6, 6, 2])
attempt("batch ratio", lambda: tf.nn.fractional_max_pool(x, [2, 1.5, 1.5, 1]))
attempt("depth ratio", lambda: tf.nn.fractional_avg_pool(x, [1, 1.5, 1.5, 2]))
attempt("ratio < 1", lambda: tf.nn.fractional_max_pool(x, [1, 0.5, 1.5, 1]))
attempt("three ratios", lambda: tf.nn.fractional_max_pool(x, [1, 1.5, 1]))
attempt("rank 3", lambda: tf.nn.fractional_max_pool(tf.zeros([6, 6, 2]), [1, 1.5, 1.5, 1]))
attempt("too big", lambda: tf.nn.fractional_max_pool(x, [1, 7.0, 1.5, 1]))
attempt("seed not deterministic", lambda: tf.nn.fractional_max_pool(x, [1, 1.5, 1.5, 1], seed=3))
attempt("unseeded", lambda: tf.nn.fractional_avg_pool(x, [1, 1.5, 1.5, 1]))
p = tf.placeholder(tf.float32, [None, None, None, None])
out = tf.nn.fractional_max_pool(p, [1, 1.5, 2.0, 1], deterministic=True, seed=1, seed2=1)
print(out[0].shape, out[1].dtype.name)
with tf.Session() as sess:
    try:
        sess.run(out[0], {p: np.zeros([1, 1, 4, 1])})
    except Exception as e:  # noqa: BLE001
        print("fed too small", type(e).__name__)
    print(sess.run(out[0], {p: np.ones([2, 3, 4, 1])}).shape)
