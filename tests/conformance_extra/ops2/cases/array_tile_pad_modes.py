# tile with unknown dims and bad multiples; pad modes, lower-case modes, reflect limits.
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


x = tf.constant([[1, 2, 3], [4, 5, 6]])
p = tf.placeholder(tf.float32, [None, 3])
outs = [tf.tile(x, [2, 3]), tf.tile(p, [2, 1]), tf.tile(p, tf.constant([1, 2])), tf.tile(x, [0, 1]),
        tf.pad(x, [[0, 0], [2, 2]], "reflect"), tf.pad(x, [[1, 1], [3, 3]], mode="symmetric"),
        tf.pad(p, [[1, 2], [0, 1]]), tf.pad(x, tf.constant([[1, 0], [0, 0]])),
        tf.pad(tf.constant([1.5, 2.5]), [[2, 1]], constant_values=-1.0), tf.pad(x, [[0, 0], [0, 0]], "REFLECT")]
for t in outs:
    show(t)
attempt("tile len", lambda: tf.tile(x, [2]))
attempt("tile neg", lambda: tf.tile(x, [-1, 1]))
attempt("pad mode", lambda: tf.pad(x, [[1, 1], [1, 1]], "WRAP"))
attempt("pad shape", lambda: tf.pad(x, [[1, 1]]))
attempt("reflect big", lambda: tf.pad(x, [[2, 0], [0, 0]], "REFLECT"))
attempt("symmetric big", lambda: tf.pad(x, [[3, 0], [0, 0]], "SYMMETRIC"))
attempt("symmetric edge", lambda: tf.pad(x, [[2, 2], [3, 3]], "SYMMETRIC"))
attempt("negative pad", lambda: tf.pad(x, [[-1, 0], [0, 0]]))
with tf.Session() as sess:
    for v in sess.run(outs[:2] + outs[3:6] + outs[7:], {p: np.ones((1, 3))}):
        print(rnd(v))
    for bad in (lambda: tf.pad(x, [[2, 0], [0, 0]], "REFLECT"), lambda: tf.pad(x, [[3, 0], [0, 0]], "SYMMETRIC")):
        try:
            sess.run(bad())
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
