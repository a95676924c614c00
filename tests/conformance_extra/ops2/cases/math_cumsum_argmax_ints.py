# cumsum/cumprod on ints and unknown shapes, argmax/argmin output_type and axis forms, static shapes.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.dtype.name, r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


i = tf.constant([[1, 2, 3], [4, 5, 6]])
p = tf.placeholder(tf.float32, [None, 4])
outs = [tf.cumsum(i), tf.cumsum(i, axis=1, exclusive=True), tf.cumsum(i, -1, reverse=True), tf.cumprod(i, 1, exclusive=True, reverse=True),
        tf.cumsum(tf.constant([250, 10], tf.uint8)), tf.cumsum(p, 1), tf.cumsum(i, tf.constant(0, tf.int64)),
        tf.cumsum(tf.constant([1.5, 2.5], tf.float64)),
        tf.argmax(i), tf.argmax(i, 1), tf.argmin(i, -1, output_type=tf.int32), tf.argmax(p, axis=1), tf.argmax(p, 0),
        tf.arg_max(i, 0), tf.argmin(i, dimension=1), tf.argmax(tf.constant([1, 3, 3])), tf.math.argmax(i, tf.constant(1)),
        tf.argmax(tf.constant([2.0, -1.0], tf.float16))]
for t in outs:
    show(t)
attempt("argmax axis range", lambda: tf.argmax(i, 2))
attempt("argmax output_type", lambda: tf.argmax(i, 0, output_type=tf.float32))
attempt("argmax axis and dimension", lambda: tf.argmax(i, axis=0, dimension=1))
attempt("argmax scalar", lambda: tf.argmax(tf.constant(1.0)))
attempt("argmax string", lambda: tf.argmax(tf.constant(["a", "b"])))
attempt("cumsum axis range", lambda: tf.cumsum(i, 2))
attempt("cumsum bool", lambda: tf.cumsum(tf.constant([True])))
attempt("cumsum axis vector", lambda: tf.cumsum(i, [0]))
with tf.Session() as sess:
    feed = {p: [[1.0, 4.0, 4.0, -1.0], [7.0, 0.0, 2.0, 7.0]]}
    for v in sess.run(outs, feed):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
