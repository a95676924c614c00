# fill dtype inference, zeros/ones(_like) with dtype and optimize, unknown shapes, op types.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.dtype.name)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.constant([[1, 2, 3], [4, 5, 6]])
p = tf.placeholder(tf.float32, [None, 3])
outs = [tf.fill([2, 3], 7), tf.fill([2], 1.5), tf.fill([2], True), tf.fill(tf.shape(p), 2.0), tf.fill([], "s"),
        tf.zeros([2, 2]), tf.zeros([2], tf.int64), tf.zeros(tf.shape(p)), tf.ones((3,), tf.bool), tf.zeros([]),
        tf.zeros_like(x), tf.zeros_like(x, dtype=tf.float32), tf.ones_like(x, optimize=False), tf.zeros_like(p),
        tf.ones_like(p, dtype=tf.int32), tf.zeros_like(tf.constant(["a", "b"])), tf.ones_like(tf.constant([True])),
        tf.zeros_like(p, optimize=False), tf.ones(tf.constant([2, 1])), tf.ones([0, 2])]
for t in outs:
    show(t)
attempt("fill neg", lambda: tf.fill([-1, 2], 0))
attempt("fill nonscalar", lambda: tf.fill([2], [1, 2]))
attempt("zeros bad dtype", lambda: tf.zeros([2], tf.string))
attempt("ones string", lambda: tf.ones([2], tf.string))
with tf.Session() as sess:
    feed = {p: np.ones((2, 3))}
    for v in sess.run(outs, feed):
        print(rnd(v))
