# tf.split: int and size lists, -1 sizes, unknown dimensions, num argument, and errors.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r))
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.constant(np.arange(12).reshape(2, 6))
p = tf.placeholder(tf.float32, [None, 6])
outs = tf.split(x, 3, axis=1) + tf.split(x, [1, -1, 2], axis=-1) + tf.split(x, [2], 0)
outs += tf.split(p, 2, axis=1) + tf.split(p, 2, axis=0) + tf.split(p, [1, -1], 0)
outs += tf.split(x, tf.constant([4, 2]), axis=1)
for t in outs:
    show(t)
attempt("uneven", lambda: tf.split(x, 4, axis=1))
attempt("too big", lambda: tf.split(x, [4, 4], axis=1))
attempt("two -1", lambda: tf.split(x, [-1, -1], axis=1))
attempt("axis", lambda: tf.split(x, 2, axis=2))
attempt("sizes tensor unknown", lambda: tf.split(x, tf.placeholder(tf.int32, [None]), axis=1))
attempt("sizes tensor num", lambda: tf.split(x, tf.placeholder(tf.int32, [None]), axis=1, num=3))
attempt("zero", lambda: tf.split(x, 0, axis=1))
with tf.Session() as sess:
    print(rnd(sess.run(outs[:7])))
    print(rnd(sess.run(tf.split(p, [1, -1], 0), {p: np.arange(18.0).reshape(3, 6)})))
    try:
        sess.run(tf.split(p, 2, axis=0), {p: np.ones((3, 6))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
