# tf.range / tf.linspace: zero delta, wrong direction, num 0/1, dtypes; build vs run.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("delta 0", lambda: tf.range(0, 5, 0))
B("wrong dir", lambda: tf.range(5, 0, 1))
B("wrong dir neg", lambda: tf.range(0, 5, -1))
B("float limit", lambda: tf.range(0, 2.5))
B("mixed", lambda: tf.range(tf.constant(0), 5.0))
B("dtype int64", lambda: tf.range(5, dtype=tf.int64))
B("dtype string", lambda: tf.range(5, dtype=tf.string))
B("dtype bool", lambda: tf.range(5, dtype=tf.bool))
B("int tensor float delta", lambda: tf.range(tf.constant(5), delta=0.5))
B("limit vector", lambda: tf.range(tf.constant([5])))
B("linspace 0", lambda: tf.linspace(0.0, 1.0, 0))
B("linspace 1", lambda: tf.linspace(0.0, 1.0, 1))
B("linspace int", lambda: tf.linspace(0, 1, 3))
B("linspace -1", lambda: tf.linspace(0.0, 1.0, -1))
B("linspace float num", lambda: tf.linspace(0.0, 1.0, 3.0))
d = tf.placeholder(tf.int32, [])
r = tf.range(0, 5, d)
n = tf.placeholder(tf.int32, [])
ls = tf.lin_space(0.0, 1.0, n)
print(r.shape.as_list(), ls.shape.as_list())
with tf.Session() as sess:
    print(sess.run(tf.range(5, 0, -2)).tolist())
    print(rnd(sess.run(tf.linspace(0.0, 1.0, 1))), rnd(sess.run(tf.linspace(2.0, 1.0, 3))))
    for dv in [2, 0, -1]:
        try:
            print("range delta", dv, sess.run(r, {d: dv}).tolist())
        except Exception as e:  # noqa: BLE001
            print("range delta", dv, "run", type(e).__name__)
    for nv in [3, 1, 0, -1]:
        try:
            print("linspace", nv, rnd(sess.run(ls, {n: nv})))
        except Exception as e:  # noqa: BLE001
            print("linspace", nv, "run", type(e).__name__)
