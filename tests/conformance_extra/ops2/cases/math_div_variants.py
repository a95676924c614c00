# div/truediv/floordiv/realdiv/divide on ints of several widths: dtypes, op types, division by zero.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.op.type, r.dtype.name)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


i32 = tf.constant([7, -7, 9])
j32 = tf.constant([2, 2, -4])
i16 = tf.constant([7, -7], tf.int16)
u8 = tf.constant([7, 200], tf.uint8)
i64 = tf.constant([7, -7], tf.int64)
outs = [tf.div(i32, j32), tf.truediv(i32, j32), tf.floordiv(i32, j32), tf.divide(i32, j32),
        tf.math.divide(i16, i16), tf.truediv(i16, tf.constant([2, 2], tf.int16)), tf.truediv(u8, tf.constant([2, 3], tf.uint8)),
        tf.truediv(i64, tf.constant([2, 2], tf.int64)), tf.div(tf.constant([7.0, -7.0]), 2.0), tf.floordiv(tf.constant([7.5, -7.5]), 2.0),
        tf.math.floordiv(u8, tf.constant([2, 3], tf.uint8)), i32 / 2, 7 // j32, tf.div_no_nan(tf.constant([1.0, 2.0]), [0.0, 4.0]),
        tf.truncatediv(i32, j32), tf.math.xdivy(tf.constant([0.0, 3.0]), tf.constant([0.0, 2.0])), tf.truediv(i32, 2)]
for t in outs:
    show(t)
attempt("truediv mixed", lambda: tf.truediv(i32, tf.constant([1, 2], tf.int64)))
attempt("truediv int/float", lambda: tf.truediv(i32, tf.constant([1.0, 2.0, 3.0])))
attempt("div bool", lambda: tf.div(tf.constant([True]), tf.constant([True])))
with tf.Graph().as_default():  # no int RealDiv kernel: keep it out of the session's graph
    attempt("realdiv int graph", lambda: tf.realdiv(tf.constant([7]), tf.constant([2])))
attempt("divide_no_nan int", lambda: tf.div_no_nan(i32, j32))
with tf.Session() as sess:
    for v in sess.run(outs):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
    for bad in (lambda: tf.floordiv(i32, tf.constant([1, 0, 1])), lambda: tf.truncatediv(i32, tf.constant([0, 1, 1])),
                lambda: tf.floormod(i32, tf.constant([1, 0, 1])), lambda: tf.div(i64, tf.constant([0, 1], tf.int64)),
                lambda: tf.truediv(i32, tf.constant([0, 1, 1]))):
        try:
            print(rnd(sess.run(bad())))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
