# scatter_nd shapes and errors, reverse with negative axes, reverse_sequence v1 argument names.
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


x = tf.constant(np.arange(12).reshape(3, 4))
p = tf.placeholder(tf.float32, [None, 4])
outs = [tf.scatter_nd([[1], [3]], [[1.0, 2.0], [3.0, 4.0]], [5, 2]), tf.scatter_nd([[0, 1]], [7], tf.constant([2, 3])),
        tf.scatter_nd(tf.constant([[2]], tf.int64), [5], tf.constant([4], tf.int64)),
        tf.reverse(x, [-1]), tf.reverse(x, [0, -1]), tf.reverse(x, []), tf.reverse(p, [1]),
        tf.reverse_sequence(x, [1, 2, 4], seq_axis=1, batch_axis=0),
        tf.reverse_sequence(tf.transpose(x), tf.constant([4, 0, 2], tf.int64), seq_dim=0, batch_dim=1),
        tf.reverse_sequence(p, [2, 2], 1), tf.reverse_v2(x, [0])]
for t in outs:
    show(t)
attempt("scatter updates shape", lambda: tf.scatter_nd([[1], [3]], [1.0, 2.0, 3.0], [5]))
attempt("scatter index depth", lambda: tf.scatter_nd([[1, 0, 0]], [1.0], [5, 2]))
attempt("reverse dup", lambda: tf.reverse(x, [1, -1]))
attempt("reverse range", lambda: tf.reverse(x, [2]))
attempt("reverse_sequence len", lambda: tf.reverse_sequence(x, [1, 2], seq_axis=1, batch_axis=0))
with tf.Session() as sess:
    for v in sess.run(outs[:6] + outs[7:9] + outs[10:]):
        print(rnd(v))
    print(rnd(sess.run([outs[6], outs[9]], {p: np.arange(8.0).reshape(2, 4)})))
    try:
        sess.run(tf.reverse_sequence(x, [1, 2, 5], seq_axis=1, batch_axis=0))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
