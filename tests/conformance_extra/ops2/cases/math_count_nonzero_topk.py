# count_nonzero (dtype, axis, keepdims, bools and strings), top_k sorted/unsorted shapes, in_top_k, l2_normalize.
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


x = tf.constant([[0.0, 1.5, -2.0], [0.0, 0.0, 3.0]])
p = tf.placeholder(tf.float32, [None, 5])
outs = [tf.count_nonzero(x), tf.count_nonzero(x, 1), tf.count_nonzero(x, 0, keepdims=True),
        tf.count_nonzero(x, dtype=tf.int32), tf.count_nonzero(tf.constant([True, False, True])),
        tf.count_nonzero(tf.constant(["", "a", "b"])), tf.math.count_nonzero(tf.constant([[1, 0], [0, 0]]), axis=[0, 1]),
        tf.count_nonzero(p, -1), tf.count_nonzero(tf.zeros([0])), tf.count_nonzero(x, 1, dtype=tf.float32)]
for t in outs:
    show(t)
v, k = tf.nn.top_k(tf.constant([[3.0, 1.0, 2.0, 5.0]]), 2, sorted=True)
v2, k2 = tf.nn.top_k(p, 3)
v3, k3 = tf.nn.top_k(p, tf.placeholder_with_default(2, []))
for t in (v, k, v2, k2, v3, k3):
    show(t)
itk = tf.nn.in_top_k(tf.constant([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]), tf.constant([1, 0]), 1)
itk2 = tf.math.in_top_k(tf.constant([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]), tf.constant([0, 1], tf.int64), 2)
l2 = [tf.nn.l2_normalize(tf.constant([3.0, 4.0])), tf.nn.l2_normalize(x, axis=1), tf.nn.l2_normalize(x, [0, 1]),
      tf.nn.l2_normalize(tf.zeros([2])), tf.math.l2_normalize(x, dim=0), tf.nn.l2_normalize(x, 1, epsilon=100.0)]
for t in [itk, itk2] + l2:
    show(t)
attempt("top_k too big", lambda: tf.nn.top_k(tf.ones([3]), 4))
attempt("top_k negative", lambda: tf.nn.top_k(tf.ones([3]), -1))
attempt("top_k scalar", lambda: tf.nn.top_k(tf.constant(1.0), 1))
attempt("in_top_k shape", lambda: tf.nn.in_top_k(tf.ones([2, 3]), tf.constant([1, 0, 1]), 1))
with tf.Session() as sess:
    feed = {p: [[1.0, 0.0, 5.0, 5.0, 2.0], [0.0, 0.0, 0.0, -1.0, 0.0]]}
    for val in sess.run(outs + [v, k, v2, k2, v3, k3, itk, itk2] + l2, feed):
        a = np.asarray(val)
        print(a.dtype.name, rnd(a))
