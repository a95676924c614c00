# squeeze / expand_dims / split: non-1 dims, axis out of range, non-divisible splits, runtime failures.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if isinstance(r, list):
            print(label, "ok list", [t.shape.as_list() if t.shape.ndims is not None else None for t in r])
            return r
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([1, 3, 1])
B("squeeze non-1", lambda: tf.squeeze(x, [1]))
B("squeeze axis 3", lambda: tf.squeeze(x, [3]))
B("squeeze axis -4", lambda: tf.squeeze(x, [-4]))
B("squeeze int axis", lambda: tf.squeeze(x, 0))
B("squeeze dup", lambda: tf.squeeze(x, [0, 0]))
B("expand_dims 4", lambda: tf.expand_dims(x, 4))
B("expand_dims -5", lambda: tf.expand_dims(x, -5))
B("expand_dims vec", lambda: tf.expand_dims(x, [0]))
B("expand_dims float", lambda: tf.expand_dims(x, 1.0))
y = tf.zeros([6, 4])
B("split 4", lambda: tf.split(y, 4))
B("split 0", lambda: tf.split(y, 0))
B("split sizes sum", lambda: tf.split(y, [2, 2], 0))
B("split sizes -1", lambda: tf.split(y, [2, -1], 0))
B("split two -1", lambda: tf.split(y, [-1, -1], 0))
B("split axis 2", lambda: tf.split(y, 2, axis=2))
B("split negative size", lambda: tf.split(y, [7, -1], 0))
B("split unknown num", lambda: tf.split(y, tf.constant([3, 3])))
B("split axis float", lambda: tf.split(y, 2, axis=1.0))
p = tf.placeholder(tf.float32, [None, 4])
sq = tf.squeeze(p, [0])
sp = tf.split(p, 2)
sv = tf.split(p, [1, -1])
with tf.Session() as sess:
    for fv in [np.ones([1, 4]), np.ones([3, 4])]:
        for lab, t in [("squeeze", sq), ("split", sp), ("splitv", sv)]:
            try:
                r = sess.run(t, {p: fv})
                print(lab, [np.shape(a) for a in r] if isinstance(r, list) else r.shape)
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
