# one_hot on 2-D indices with every axis, on/off value dtypes, errors; sequence_mask shapes and maxlen.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.dtype.name, r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


idx = tf.constant([[0, 2], [1, 5]])
p = tf.placeholder(tf.int32, [None])
outs = [tf.one_hot(idx, 3, axis=-1), tf.one_hot(idx, 3, axis=0), tf.one_hot(idx, 3, axis=1),
        tf.one_hot([1, 0], 2, on_value=True, off_value=False), tf.one_hot([1], 3, on_value=2.5),
        tf.one_hot([1], 2, off_value=tf.constant(-1, tf.int64)), tf.one_hot(p, 4), tf.one_hot(p, tf.constant(2)),
        tf.one_hot(tf.constant([0, 1], tf.uint8), 2), tf.one_hot(tf.constant(1, tf.int64), 3),
        tf.sequence_mask([[1, 2], [3, 0]]), tf.sequence_mask([1, 2], 3, dtype=tf.int32),
        tf.sequence_mask(p), tf.sequence_mask(p, tf.constant(5)), tf.sequence_mask(tf.constant([1, 2], tf.int64), 0)]
for t in outs:
    show(t)
attempt("on/off dtype", lambda: tf.one_hot([1], 2, on_value=1, off_value=0.0))
attempt("dtype mismatch", lambda: tf.one_hot([1], 2, on_value=1.0, dtype=tf.int32))
attempt("axis range", lambda: tf.one_hot([1], 2, axis=2))
attempt("float indices", lambda: tf.one_hot([1.0], 2))
attempt("maxlen vector", lambda: tf.sequence_mask([1, 2], [3, 3]))
with tf.Session() as sess:
    fixed = [o for i, o in enumerate(outs) if i not in (6, 7, 12, 13)]
    for v in sess.run(fixed):
        print(rnd(v))
    print(rnd(sess.run([outs[6], outs[7], outs[12], outs[13]], {p: [1, 3, -1]})))
