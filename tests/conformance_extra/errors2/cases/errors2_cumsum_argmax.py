# cumsum/cumprod/argmax/argmin: dtype constraints, axis errors, output_type.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list())
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


vals = {"bool": tf.constant([True, False]), "string": tf.constant(["a", "b"]),
        "uint8": tf.constant([1, 2], tf.uint8), "int64": tf.constant([1, 2], tf.int64),
        "float16": tf.constant([1, 2], tf.float16), "complex64": tf.constant([1, 2], tf.complex64)}
for dt, v in vals.items():
    B("cumsum " + dt, lambda: tf.cumsum(v))
    B("cumprod " + dt, lambda: tf.math.cumprod(v))
    B("argmax " + dt, lambda: tf.argmax(v))
    B("argmin " + dt, lambda: tf.argmin(v))
x = tf.ones([2, 3])
B("cumsum axis 2", lambda: tf.cumsum(x, axis=2))
B("cumsum axis float", lambda: tf.cumsum(x, axis=1.0))
B("cumsum axis vec", lambda: tf.cumsum(x, axis=[1]))
B("cumsum scalar", lambda: tf.cumsum(tf.constant(1.0)))
B("argmax axis 2", lambda: tf.argmax(x, axis=2))
B("argmax axis -3", lambda: tf.argmax(x, axis=-3))
B("argmax int32 out", lambda: tf.argmax(x, axis=1, output_type=tf.int32))
B("argmax float out", lambda: tf.argmax(x, axis=1, output_type=tf.float32))
B("argmax scalar", lambda: tf.argmax(tf.constant(1.0)))
B("argmax axis vec", lambda: tf.argmax(x, axis=[1]))
e = B("argmax empty", lambda: tf.argmax(tf.zeros([0, 3]), axis=0))
e2 = B("argmax empty axis", lambda: tf.argmax(tf.zeros([3, 0]), axis=1))
with tf.Session() as sess:
    for lab, t in [("e", e), ("e2", e2)]:
        try:
            print(lab, sess.run(t).tolist())
        except Exception as ex:  # noqa: BLE001
            print(lab, "run", type(ex).__name__)
