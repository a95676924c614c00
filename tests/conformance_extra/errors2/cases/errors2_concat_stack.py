# tf.concat / tf.stack / tf.unstack / tf.parallel_stack: dtype and shape errors, build vs run.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if isinstance(r, list):
            print(label, "ok list", len(r), r[0].dtype.name, r[0].shape.as_list())
            return r
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


a = tf.zeros([2, 3])
B("concat mixed dtype", lambda: tf.concat([a, tf.zeros([2, 3], tf.int32)], 0))
B("concat f32 + list ints", lambda: tf.concat([a, [[1, 2, 3]]], 0))
B("concat f32 + f64 ndarray", lambda: tf.concat([a, np.zeros([1, 3])], 0))
B("concat ranks differ", lambda: tf.concat([a, tf.zeros([3])], 0))
B("concat axis 2", lambda: tf.concat([a, a], 2))
B("concat axis -3", lambda: tf.concat([a, a], -3))
B("concat dim mismatch", lambda: tf.concat([a, tf.zeros([2, 4])], 0))
B("concat scalars", lambda: tf.concat([tf.constant(1.0), tf.constant(2.0)], 0))
B("concat empty list", lambda: tf.concat([], 0))
B("concat single", lambda: tf.concat([a], 5))
B("concat axis float", lambda: tf.concat([a, a], 1.0))
B("stack mismatched", lambda: tf.stack([a, tf.zeros([3, 2])]))
B("stack mixed dtype", lambda: tf.stack([a, tf.zeros([2, 3], tf.float64)]))
B("stack axis 3", lambda: tf.stack([a, a], axis=3))
B("stack axis -4", lambda: tf.stack([a, a], axis=-4))
B("stack python mixed", lambda: tf.stack([1, 2.5]))
B("stack empty", lambda: tf.stack([]))
B("unstack unknown", lambda: tf.unstack(tf.placeholder(tf.float32, [None, 2])))
B("unstack num wrong", lambda: tf.unstack(a, num=3))
B("unstack axis 2", lambda: tf.unstack(a, axis=2))
B("unstack scalar", lambda: tf.unstack(tf.constant(1.0)))
p = tf.placeholder(tf.float32, [None, 3])
q = tf.placeholder(tf.float32, [None, None])
c = tf.concat([p, q], 0)
st = tf.stack([p, q])
print(c.shape.as_list(), st.shape.as_list())
with tf.Session() as sess:
    for lab, t in [("concat", c), ("stack", st)]:
        for fq in [np.ones([1, 3]), np.ones([2, 4])]:
            try:
                print(lab, sess.run(t, {p: np.ones([2, 3]), q: fq}).shape)
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
