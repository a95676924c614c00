# tf.transpose: wrong-length perm, duplicates, out of range, dynamic perm failures at run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([2, 3, 4])
B("perm short", lambda: tf.transpose(x, [1, 0]))
B("perm long", lambda: tf.transpose(x, [0, 1, 2, 3]))
B("perm dup", lambda: tf.transpose(x, [0, 0, 1]))
B("perm oob", lambda: tf.transpose(x, [0, 1, 3]))
B("perm negative", lambda: tf.transpose(x, [-1, 0, 1]))
B("perm float", lambda: tf.transpose(x, [0.0, 1.0, 2.0]))
B("perm int64", lambda: tf.transpose(x, tf.constant([2, 1, 0], tf.int64)))
B("perm rank2", lambda: tf.transpose(x, [[0, 1, 2]]))
B("scalar", lambda: tf.transpose(tf.constant(1.0)))
B("matrix_transpose rank1", lambda: tf.linalg.matrix_transpose(tf.zeros([3])))
B("conjugate string", lambda: tf.transpose(tf.constant(["a"]), conjugate=True))
perm = tf.placeholder(tf.int32, [3])
t = B("dyn perm", lambda: tf.transpose(x, perm))
u = tf.placeholder(tf.float32)
tu = B("unknown rank", lambda: tf.transpose(u))
with tf.Session() as sess:
    for pv in [[2, 0, 1], [0, 0, 1], [0, 1, 3]]:
        try:
            print("dyn", pv, sess.run(t, {perm: pv}).shape)
        except Exception as e:  # noqa: BLE001
            print("dyn", pv, "run", type(e).__name__)
    print(sess.run(tu, {u: np.zeros([2, 3, 4])}).shape)
