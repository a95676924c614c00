# check_numerics and verify_tensor_all_finite: dtypes, nan/inf at run time, message-free checks.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.op.type, r.dtype.name, r.shape.as_list())
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("int32", lambda: tf.debugging.check_numerics(tf.constant([1]), "m"))
B("bool", lambda: tf.debugging.check_numerics(tf.constant([True]), "m"))
B("float16", lambda: tf.debugging.check_numerics(tf.constant([1.0], tf.float16), "m"))
B("float64", lambda: tf.debugging.check_numerics(tf.constant([1.0], tf.float64), "m"))
B("complex", lambda: tf.debugging.check_numerics(tf.constant([1.0], tf.complex64), "m"))
B("no message", lambda: tf.check_numerics(tf.constant([1.0]), message=None))
p = tf.placeholder(tf.float32, [None])
c = tf.check_numerics(p, "bad value")
v = tf.verify_tensor_all_finite(p, "vt")
an = tf.add_check_numerics_ops() if hasattr(tf, "add_check_numerics_ops") else None
with tf.Session() as sess:
    for fv in [[1.0, 2.0], [1.0, np.nan], [np.inf], [-np.inf], []]:
        for lab, t in [("check", c), ("verify", v)]:
            try:
                print(lab, rnd(sess.run(t, {p: fv})))
            except Exception as e:  # noqa: BLE001
                print(lab, "run", type(e).__name__)
    x = tf.constant([1.0, 0.0])
    y = tf.check_numerics(tf.log(x), "log")
    try:
        sess.run(y)
        print("log ok")
    except Exception as e:  # noqa: BLE001
        print("log run", type(e).__name__)
