# add_n and accumulate_n: single inputs, unknown shapes, shape and dtype errors, op types.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[0][:60] if isinstance(e, ValueError) else "")


a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
p = tf.placeholder(tf.float32, [None, 2])
q = tf.placeholder(tf.float32, [2, None])
outs = [tf.add_n([a]), tf.add_n([a, a, a]), tf.add_n([p, q]), tf.add_n([p, a]), tf.add_n([tf.constant([1, 2])] * 2),
        tf.add_n([a, a], name="total"), tf.math.accumulate_n([a, a, a]), tf.accumulate_n([p, a], shape=[2, 2])]
for t in outs:
    show(t)
attempt("add_n shapes", lambda: tf.add_n([tf.ones([2]), tf.ones([3])]))
attempt("add_n broadcast", lambda: tf.add_n([tf.ones([2, 2]), tf.ones([2])]))
attempt("add_n empty", lambda: tf.add_n([]))
attempt("add_n dtypes", lambda: tf.add_n([tf.ones([2]), tf.constant([1, 2])]))
attempt("add_n not list", lambda: tf.add_n(a))
attempt("accumulate shapes", lambda: tf.accumulate_n([tf.ones([2]), tf.ones([3])]))
attempt("accumulate empty", lambda: tf.accumulate_n([]))
with tf.Session() as sess:
    feed = {p: np.ones((2, 2)), q: np.full((2, 2), 2.0)}
    for v in sess.run(outs, feed):
        print(rnd(v))
    try:
        sess.run(tf.add_n([p, q]), {p: np.ones((2, 2)), q: np.ones((2, 3))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
