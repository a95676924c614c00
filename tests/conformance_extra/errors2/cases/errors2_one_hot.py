# tf.one_hot: depth/indices/on_value/off_value errors, out-of-range indices and dtypes.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


idx = tf.constant([0, 2, 5, -1])
B("depth -1", lambda: tf.one_hot(idx, -1))
B("depth 0", lambda: tf.one_hot(idx, 0))
B("depth float", lambda: tf.one_hot(idx, 3.0))
B("indices float", lambda: tf.one_hot(tf.constant([0.0, 1.0]), 3))
B("indices int64", lambda: tf.one_hot(tf.constant([0, 1], tf.int64), 3))
B("indices uint8", lambda: tf.one_hot(tf.constant([0, 1], tf.uint8), 3))
B("indices bool", lambda: tf.one_hot(tf.constant([True]), 3))
B("on/off mismatch", lambda: tf.one_hot(idx, 3, on_value=1, off_value=0.0))
B("on/dtype mismatch", lambda: tf.one_hot(idx, 3, on_value=1.0, dtype=tf.int32))
B("on int", lambda: tf.one_hot(idx, 3, on_value=5, off_value=-1))
B("dtype string", lambda: tf.one_hot(idx, 3, on_value="y", off_value="n"))
B("dtype bool", lambda: tf.one_hot(idx, 3, dtype=tf.bool))
B("axis 2", lambda: tf.one_hot(idx, 3, axis=2))
B("axis -2", lambda: tf.one_hot(idx, 3, axis=-2))
B("axis 0", lambda: tf.one_hot(idx, 3, axis=0))
oh = tf.one_hot(idx, 3)
d = tf.placeholder(tf.int32, [])
od = tf.one_hot(idx, d)
print(od.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(oh)))
    for dv in [2, 0, -2]:
        try:
            print("dyn depth", dv, rnd(sess.run(od, {d: dv})))
        except Exception as e:  # noqa: BLE001
            print("dyn depth", dv, "run", type(e).__name__)
