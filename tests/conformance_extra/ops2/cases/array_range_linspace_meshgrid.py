# range dtype inference (ints, floats, mixed, dtype=), empty and negative ranges, linspace, meshgrid.
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


outs = [tf.range(5), tf.range(2, 5), tf.range(0.0, 1.0, 0.25), tf.range(1, 4.0), tf.range(5, dtype=tf.float64),
        tf.range(10, 0, -3), tf.range(3, 3), tf.range(tf.constant(4, tf.int64)),
        tf.range(0, 5, 2, dtype=tf.int64), tf.range(tf.placeholder_with_default(4, [])),
        tf.lin_space(0.0, 1.0, 5), tf.linspace(tf.constant(-1.0, tf.float64), 1.0, 3), tf.linspace(2.0, 3.0, 1),
        tf.linspace(0.0, 1.0, tf.constant(4))]
for t in outs:
    show(t)
X, Y = tf.meshgrid([1, 2, 3], [4, 5])
I, J = tf.meshgrid([1, 2, 3], [4, 5], indexing="ij")
A, B, C = tf.meshgrid(tf.range(2), tf.range(3), tf.range(4))
for t in (X, Y, I, J, A, B, C):
    print(t.dtype.name, t.shape.as_list())
attempt("range backwards", lambda: tf.range(5, 1))
attempt("range zero delta graph", lambda: tf.range(0, 5, 0))
attempt("linspace int", lambda: tf.linspace(0, 5, 3))
attempt("meshgrid indexing", lambda: tf.meshgrid([1], [2], indexing="xz"))
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
    print(rnd(sess.run([X, Y, I, J])))
    print(rnd(sess.run(tf.shape(C))))
    try:
        sess.run(tf.range(0, 5, tf.placeholder_with_default(0, [])))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
