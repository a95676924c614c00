# squeeze with axes (negative, errors, unknown dims) and expand_dims with negative axes.
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


x = tf.ones([1, 3, 1, 2])
p = tf.placeholder(tf.float32, [None, 1, 3])
u = tf.placeholder(tf.float32)
outs = [tf.squeeze(x), tf.squeeze(x, [0]), tf.squeeze(x, [-2]), tf.squeeze(x, axis=[0, 2]), tf.squeeze(p),
        tf.squeeze(p, [1]), tf.squeeze(p, [0]), tf.squeeze(u), tf.squeeze(u, [0]), tf.squeeze(x, squeeze_dims=[2]),
        tf.expand_dims(tf.ones([2, 3]), -1), tf.expand_dims(tf.ones([2, 3]), -3), tf.expand_dims(tf.ones([2, 3]), 1),
        tf.expand_dims(tf.constant(5), 0), tf.expand_dims(p, -2), tf.expand_dims(u, 0),
        tf.expand_dims(tf.ones([2]), tf.constant(-1)), tf.expand_dims(tf.ones([2]), dim=0)]
for t in outs:
    show(t)
attempt("squeeze non1", lambda: tf.squeeze(x, [1]))
attempt("squeeze range", lambda: tf.squeeze(x, [4]))
attempt("squeeze neg range", lambda: tf.squeeze(x, [-5]))
attempt("expand range", lambda: tf.expand_dims(tf.ones([2, 3]), 3))
attempt("expand neg range", lambda: tf.expand_dims(tf.ones([2, 3]), -4))
attempt("expand edge", lambda: tf.expand_dims(tf.ones([2, 3]), 2))
with tf.Session() as sess:
    print(rnd(sess.run(tf.squeeze(p), {p: np.ones((2, 1, 3))})).__len__())
    print(rnd(sess.run(tf.shape(tf.squeeze(p)), {p: np.ones((1, 1, 3))})))
    try:
        sess.run(tf.squeeze(p, [0]), {p: np.ones((2, 1, 3))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    print(rnd(sess.run(tf.expand_dims(tf.constant([1, 2]), -1))))
