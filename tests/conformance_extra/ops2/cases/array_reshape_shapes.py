# reshape: -1 inference, partially known inputs, graph-time size errors, runtime errors.
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


x = tf.constant(np.arange(24).reshape(2, 3, 4))
p = tf.placeholder(tf.float32, [None, 3, 4])
u = tf.placeholder(tf.float32)
outs = [tf.reshape(x, [-1]), tf.reshape(x, [4, -1]), tf.reshape(x, [-1, 2, 3]), tf.reshape(x[0, 0, :1], []),
        tf.reshape(p, [-1, 12]), tf.reshape(p, [-1]), tf.reshape(p, [4, -1]), tf.reshape(p, [2, 6, -1]),
        tf.reshape(u, [3, -1]), tf.reshape(u, [-1]), tf.reshape(x, tf.shape(p)), tf.reshape(x, tf.stack([6, -1])),
        tf.reshape(tf.zeros([0, 3]), [3, -1])]
for t in outs:
    show(t)
attempt("size", lambda: tf.reshape(x, [5, -1]))
attempt("size2", lambda: tf.reshape(x, [4, 5]))
attempt("two -1", lambda: tf.reshape(x, [-1, -1]))
attempt("neg", lambda: tf.reshape(x, [-2, 12]))
attempt("partial", lambda: tf.reshape(p, [5, -1]))
attempt("float shape", lambda: tf.reshape(x, [2.0, 12.0]))
attempt("zero -1", lambda: tf.reshape(tf.zeros([0, 3]), [-1, 0]))
with tf.Session() as sess:
    print(rnd(sess.run(outs[:4])))
    print(rnd(sess.run(tf.reshape(p, [-1, 6]), {p: np.ones((1, 3, 4))})))
    try:
        sess.run(tf.reshape(p, [-1, 5]), {p: np.ones((1, 3, 4))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
