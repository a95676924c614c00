# reductions: empty inputs (identity values), negative and tensor axes, keepdims static shapes, axis errors.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


e = tf.zeros([0, 2])
ei = tf.zeros([0], tf.int32)
p = tf.placeholder(tf.float32, [None, 3, 4])
ax = tf.placeholder(tf.int32, [1])
outs = [tf.reduce_sum(ei), tf.reduce_prod(ei), tf.reduce_max(ei), tf.reduce_min(ei), tf.reduce_prod(e, 0),
        tf.reduce_max(tf.zeros([0], tf.float64)), tf.reduce_min(e, axis=0, keepdims=True), tf.reduce_logsumexp(tf.zeros([0])),
        tf.reduce_any(tf.zeros([2, 0], tf.bool), 1), tf.reduce_all(tf.zeros([2, 0], tf.bool), 1),
        tf.reduce_sum(p, -1), tf.reduce_sum(p, [-1, 0], keepdims=True), tf.reduce_mean(p, ax), tf.reduce_mean(p, ax, keepdims=True),
        tf.reduce_sum(p), tf.reduce_sum(p, tf.constant([-2])), tf.reduce_sum(p, []),
        tf.reduce_sum(tf.constant(5.0)),
        tf.math.reduce_std(tf.constant([1.0, 3.0])), tf.math.reduce_variance(tf.constant([[1.0, 3.0], [2.0, 2.0]]), 1),
        tf.reduce_mean(tf.constant([1, 2]), keepdims=True), tf.reduce_sum(p, axis=None, keepdims=True)]
for t in outs:
    show(t)
attempt("axis range", lambda: tf.reduce_sum(tf.ones([2, 3]), 2))
attempt("axis neg range", lambda: tf.reduce_sum(tf.ones([2, 3]), -3))
attempt("float axis", lambda: tf.reduce_sum(tf.ones([2, 3]), 1.0))
attempt("string sum", lambda: tf.reduce_sum(tf.constant(["a"])))
attempt("bool sum", lambda: tf.reduce_sum(tf.constant([True])))
attempt("any float", lambda: tf.reduce_any(tf.constant([1.0])))
with tf.Session() as sess:
    feed = {p: np.arange(24.0).reshape(2, 3, 4), ax: [1]}
    for v in sess.run(outs, feed):
        a = np.asarray(v)
        print(a.dtype.name, list(a.shape), rnd(a))
    try:
        sess.run(tf.reduce_max(p, [0, 0]), feed)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
