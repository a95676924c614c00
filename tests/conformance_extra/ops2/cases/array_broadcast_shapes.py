# broadcast_to, broadcast_static_shape / broadcast_dynamic_shape, and binary-op static shapes.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


p = tf.placeholder(tf.float32, [None, 1, 3])
q = tf.placeholder(tf.float32, [4, None])
u = tf.placeholder(tf.float32)
outs = [tf.broadcast_to([1, 2, 3], [2, 3]), tf.broadcast_to(tf.constant(5.0), [2, 2]), tf.broadcast_to(p, [2, 4, 3]),
        tf.broadcast_to(tf.constant([[1], [2]]), tf.constant([2, 3], tf.int64)),
        tf.broadcast_dynamic_shape(tf.constant([2, 1, 3]), tf.constant([4, 1])),
        tf.broadcast_dynamic_shape(tf.shape(p), tf.shape(q)), p + q, p * tf.ones([3]), q - tf.ones([1, 1, 1]), u + p,
        tf.ones([2, 1]) + tf.ones([3]), tf.maximum(p, tf.ones([1, 4, 1]))]
for t in outs:
    show(t)
print(tf.broadcast_static_shape(tf.TensorShape([2, 1, 3]), tf.TensorShape([4, 1])))
print(tf.broadcast_static_shape(tf.TensorShape([None, 1]), tf.TensorShape([1, 5])))
print(tf.broadcast_static_shape(tf.TensorShape([None, 3]), tf.TensorShape(None)))
print(tf.broadcast_static_shape(tf.TensorShape([None]), tf.TensorShape([3])))
attempt("static bad", lambda: tf.broadcast_static_shape(tf.TensorShape([2, 3]), tf.TensorShape([4])))
attempt("add bad", lambda: (tf.ones([2, 3]) + tf.ones([2])).shape)
attempt("broadcast_to bad", lambda: tf.broadcast_to(tf.ones([3]), [4]).shape)
attempt("broadcast_to rank", lambda: tf.broadcast_to(tf.ones([2, 3]), [3]).shape)
with tf.Session() as sess:
    feed = {p: np.ones((2, 1, 3)), q: np.ones((4, 3)), u: 2.0}
    for v in sess.run(outs, feed):
        a = np.asarray(v)
        print(a.dtype.name, list(a.shape), rnd(a) if a.size < 10 else None)
    try:
        sess.run(tf.broadcast_dynamic_shape(tf.constant([2, 3]), tf.constant([4])))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
