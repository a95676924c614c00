# Tensor __getitem__: Ellipsis, newaxis, negative strides, tensor indices, out-of-range and bad index types.
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
i = tf.constant(1)
outs = [x[..., 1], x[1, ...], x[:, tf.newaxis, 1], x[None, ..., None], x[::-1], x[:, ::-2, -1], x[..., ::-1][0],
        x[-1, -1, -1], x[1:, 1:, 1:], x[i], x[:, i:], x[:, :, tf.constant(-1)], p[..., 0], p[:, None], p[::-1, 0],
        u[0], u[1:3], u[..., 0], p[0:0], x[5:], x[:, -10:10], x[1, :, i]]
for t in outs:
    show(t)
attempt("index range", lambda: x[2])
attempt("index neg range", lambda: x[:, -4])
attempt("two ellipsis", lambda: x[..., 0, ...])
attempt("float index", lambda: x[1.0])
attempt("list index", lambda: x[[0, 1]])
attempt("too many", lambda: x[0, 0, 0, 0])
attempt("bool tensor index", lambda: x[tf.constant(True)])
with tf.Session() as sess:
    for v in sess.run([o for o in outs if o.shape.is_fully_defined()]):
        print(rnd(v))
    feed = {p: np.arange(24.0).reshape(2, 3, 4), u: np.arange(5.0)}
    print(rnd(sess.run([outs[12], outs[14], outs[15], outs[16]], feed)))
    try:
        sess.run(x[tf.constant(3)])
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
