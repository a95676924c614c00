# segment_* and unsorted_segment_*: empty segments, num_segments tensors/ints, static shapes, errors.
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


d = tf.constant([[1, 2], [3, 4], [5, 6]])
df = tf.constant([1.5, -2.0, 4.0, 0.5])
n = tf.placeholder(tf.int32, [])
outs = [tf.segment_max(d, [0, 0, 3]), tf.segment_min(df, [1, 1, 1, 4]), tf.segment_prod(df, [0, 2, 2, 2]),
        tf.segment_mean(tf.constant([1, 2, 4]), [0, 0, 2]), tf.unsorted_segment_sum(d, [2, 0, 2], 4),
        tf.unsorted_segment_min(d, [1, 1, 1], 3), tf.unsorted_segment_max(df, [0, 3, 3, -1], tf.constant(5, tf.int64)),
        tf.unsorted_segment_prod(d, [[0, 1], [1, 1], [2, 0]], 3), tf.unsorted_segment_sum(df, [0, 1, 0, 1], n),
        tf.math.unsorted_segment_mean(d, [3, 3, 0], 4), tf.math.unsorted_segment_sqrt_n(df, [1, 1, 1, 1], 3),
        tf.segment_sum(df, tf.constant([0, 0, 1, 1], tf.int64)), tf.unsorted_segment_min(tf.constant([1.0]), [0], 2),
        tf.segment_sum(tf.placeholder(tf.float32, [None, 3]), tf.placeholder(tf.int32, [None]))]
for t in outs:
    show(t)
attempt("ids rank", lambda: tf.segment_sum(df, [[0, 0], [1, 1]]))
attempt("ids length", lambda: tf.segment_sum(df, [0, 0, 1]))
attempt("ids float", lambda: tf.segment_sum(df, [0.0, 0.0, 1.0, 1.0]))
attempt("unsorted ids shape", lambda: tf.unsorted_segment_sum(d, [0, 1], 2))
attempt("num_segments vector", lambda: tf.unsorted_segment_sum(df, [0, 1, 0, 1], [2]))
with tf.Session() as sess:
    for v in sess.run(outs[:-1], {n: 3}):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
    for bad in (lambda: tf.unsorted_segment_sum(df, [0, 1, 5, 1], 3),):
        try:
            print(rnd(sess.run(bad())))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
