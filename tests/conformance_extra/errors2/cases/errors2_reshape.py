# tf.reshape: size mismatch, several -1, bad values, shape dtype; dynamic mismatch at run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.zeros([2, 3])
B("size mismatch", lambda: tf.reshape(x, [4, 2]))
B("two -1", lambda: tf.reshape(x, [-1, -1]))
B("-1 not divisible", lambda: tf.reshape(x, [-1, 4]))
B("-2", lambda: tf.reshape(x, [-2, 3]))
B("float shape", lambda: tf.reshape(x, [2.0, 3.0]))
B("int64 shape", lambda: tf.reshape(x, tf.constant([3, 2], tf.int64)))
B("shape rank2", lambda: tf.reshape(x, [[2, 3]]))
B("scalar to []", lambda: tf.reshape(tf.constant([1.0]), []))
B("to [] bad", lambda: tf.reshape(x, []))
B("empty -1", lambda: tf.reshape(tf.zeros([0, 3]), [-1, 0]))
B("empty ok", lambda: tf.reshape(tf.zeros([0, 3]), [-1, 3]))
p = tf.placeholder(tf.float32, [None, 3])
r = B("dyn", lambda: tf.reshape(p, [-1, 2]))
s = tf.placeholder(tf.int32, [2])
r2 = B("dyn shape", lambda: tf.reshape(x, s))
r3 = B("dyn shape -1", lambda: tf.reshape(x, tf.stack([tf.constant(-1), tf.placeholder_with_default(3, [])])))
with tf.Session() as sess:
    for fv in [np.ones([2, 3]), np.ones([1, 3])]:
        try:
            print("dyn", sess.run(r, {p: fv}).shape)
        except Exception as e:  # noqa: BLE001
            print("dyn run", type(e).__name__)
    for sv in [[3, 2], [4, 2], [-1, -1], [-1, 4]]:
        try:
            print("dyn shape", sv, sess.run(r2, {s: sv}).shape)
        except Exception as e:  # noqa: BLE001
            print("dyn shape", sv, "run", type(e).__name__)
    print(sess.run(r3).shape)
