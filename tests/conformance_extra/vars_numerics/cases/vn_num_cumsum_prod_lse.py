# cumsum/cumprod dtype acceptance, reduce_prod of ints with overflow, reduce_logsumexp edge values.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            print(label, t.dtype.name, t.shape.as_list(), rnd(sess.run(t), 4))
    except Exception as e:
        print(label, type(e).__name__)


b = tf.constant([True, False, True])
for label, fn in [("cumsum bool", lambda: tf.cumsum(b)), ("cumprod bool", lambda: tf.cumprod(b)),
                  ("cumsum uint8", lambda: tf.cumsum(tf.constant([200, 100, 1], tf.uint8))),
                  ("cumsum int exclusive reverse", lambda: tf.cumsum(tf.constant([1, 2, 3, 4]), exclusive=True, reverse=True)),
                  ("cumprod int8", lambda: tf.cumprod(tf.constant([16, 16, 2], tf.int8))),
                  ("cumsum axis -1", lambda: tf.cumsum(tf.constant([[1, 2], [3, 4]]), axis=-1)),
                  ("cumsum string", lambda: tf.cumsum(tf.constant(["a", "b"]))),
                  ("cumsum f16", lambda: tf.cumsum(tf.constant([0.5, 0.25], tf.float16))),
                  ("prod int32", lambda: tf.reduce_prod(tf.constant([100000, 100000, 3]))),
                  ("prod int64", lambda: tf.reduce_prod(tf.constant([100000, 100000, 3], tf.int64))),
                  ("prod uint8", lambda: tf.reduce_prod(tf.constant([16, 17], tf.uint8))),
                  ("prod axis", lambda: tf.reduce_prod(tf.constant([[1, 2, 3], [-4, 5, 6]]), axis=1, keepdims=True)),
                  ("prod bool", lambda: tf.reduce_prod(b)),
                  ("lse", lambda: tf.reduce_logsumexp(tf.constant([1000.0, 1000.0]))),
                  ("lse -inf", lambda: tf.reduce_logsumexp(tf.constant([-np.inf, -np.inf]))),
                  ("lse inf", lambda: tf.reduce_logsumexp(tf.constant([np.inf, 1.0]))),
                  ("lse mixed", lambda: tf.reduce_logsumexp(tf.constant([-np.inf, 0.0]))),
                  ("lse axis keep", lambda: tf.reduce_logsumexp(tf.constant([[0.0, 0.0], [1.0, -1.0]]), axis=1, keepdims=True)),
                  ("lse f64", lambda: tf.reduce_logsumexp(tf.constant([-1000.0, -1000.5], tf.float64))),
                  ("lse int", lambda: tf.reduce_logsumexp(tf.constant([1, 2]))),
                  ("lse nan", lambda: tf.reduce_logsumexp(tf.constant([np.nan, 1.0])))]:
    attempt(label, fn)
