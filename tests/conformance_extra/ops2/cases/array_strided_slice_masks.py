# tf.slice / tf.strided_slice with begin/end/ellipsis/new_axis/shrink masks: static shapes and values.
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
ss = tf.strided_slice
outs = [ss(x, [0, 1, 0], [2, 3, 4]), ss(x, [1, 0, 0], [0, 0, 0], begin_mask=6, end_mask=6),
        ss(x, [1, 0, 0], [2, 0, 0], end_mask=6, shrink_axis_mask=1), ss(x, [0, 0], [0, 2], ellipsis_mask=1),
        ss(x, [0, 0, 0], [0, 0, 0], new_axis_mask=2, begin_mask=5, end_mask=5), ss(x, [0, -1, 0], [0, -4, 0], [1, -1, 1], begin_mask=5, end_mask=5),
        ss(x, [0, 0, 1], [2, 3, 4], [1, 2, 2]), ss(p, [0, 0], [1, 2], shrink_axis_mask=1, end_mask=2),
        ss(p, [1], [2], ellipsis_mask=0, end_mask=0), ss(x, [-1], [0], [-1]),
        tf.slice(x, [1, 0, 2], [1, -1, 2]), tf.slice(p, [0, 1, 0], [-1, 2, -1]), tf.slice(p, [1, 0, 0], [2, 3, 4]),
        tf.slice(x, tf.constant([0, 0, 0]), [2, 1, 1]), ss(x, [0, 5], [2, 10]), ss(x, [-10], [10])]
for t in outs:
    show(t)
attempt("slice size", lambda: tf.slice(x, [1, 0, 0], [2, 3, 4]))
attempt("slice rank", lambda: tf.slice(x, [0, 0], [1, 1]))
attempt("stride zero", lambda: ss(x, [0], [1], [0]))
attempt("shrink range", lambda: ss(x, [2], [3], shrink_axis_mask=1))
with tf.Session() as sess:
    for v in sess.run([o for i, o in enumerate(outs) if i not in (7, 8, 11, 12)]):
        print(rnd(v))
    print(rnd(sess.run([outs[7], outs[8], outs[11], outs[12]], {p: np.arange(36.0).reshape(3, 3, 4)})))
    try:
        sess.run(tf.slice(p, [1, 0, 0], [2, 3, 4]), {p: np.ones((2, 3, 4))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
