# gather/gather_nd: negative axes and batch_dims, slices, static shapes with unknown dims, bad indices.
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
p = tf.placeholder(tf.float32, [None, 5])
ip = tf.placeholder(tf.int32, [None])
outs = [tf.gather(x, [1, 0, 1], axis=-1), tf.gather(x, 2, axis=1), tf.gather(x, [[0, 1]], axis=-2),
        tf.gather(x, [[2, 0], [1, 1]], axis=1, batch_dims=1), tf.gather(x, [[[0], [3], [1]], [[2], [2], [0]]], axis=2, batch_dims=-1),
        tf.gather(p, ip), tf.gather(p, ip, axis=1), tf.gather(p, [[0, 1]], axis=1),
        tf.gather_nd(x, [1, 2]), tf.gather_nd(x, [[1], [0]]), tf.gather_nd(x, [[0, 2, 3], [1, 0, 0]]),
        tf.gather_nd(x, [[1], [2]], batch_dims=1), tf.gather_nd(x, [[[0, 1]], [[2, 3]]], batch_dims=1),
        tf.gather_nd(p, [[0], [1]]), tf.gather(tf.constant(["a", "b", "c"]), [2, 0]),
        tf.gather(x, tf.constant([1], tf.int64))]
for t in outs:
    show(t)
attempt("batch_dims > axis", lambda: tf.gather(x, [[0], [1]], axis=0, batch_dims=1))
attempt("axis range", lambda: tf.gather(x, [0], axis=3))
attempt("float idx", lambda: tf.gather(x, [0.0]))
attempt("nd too deep", lambda: tf.gather_nd(x, [[0, 0, 0, 0]]))
attempt("batch_dims rank", lambda: tf.gather(x, [0, 1], batch_dims=2))
with tf.Session() as sess:
    for v in sess.run([o for o in outs if o.graph is not None and o is not outs[5] and o is not outs[6] and o is not outs[7] and o is not outs[13]]):
        print(rnd(v))
    print(rnd(sess.run([outs[5], outs[6], outs[13]], {p: np.arange(15.0).reshape(3, 5), ip: [2, 0]})))
    for bad in (lambda: tf.gather(x, [2]), lambda: tf.gather_nd(x, [[0, 3]])):
        try:
            sess.run(bad())
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
