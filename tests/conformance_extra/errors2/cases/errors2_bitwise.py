# Bitwise and logical ops on wrong dtypes; shift amounts; invert.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list())
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


vals = {"bool": tf.constant([True, False]), "float32": tf.constant([1.0, 2.0]),
        "int8": tf.constant([1, 2], tf.int8), "uint16": tf.constant([1, 2], tf.uint16),
        "int64": tf.constant([1, 2], tf.int64), "string": tf.constant(["a", "b"])}
for dt, v in vals.items():
    B("and " + dt, lambda: tf.bitwise.bitwise_and(v, v))
    B("xor " + dt, lambda: tf.bitwise.bitwise_xor(v, v))
    B("invert " + dt, lambda: tf.bitwise.invert(v))
    B("left_shift " + dt, lambda: tf.bitwise.left_shift(v, v))
    B("logical_and " + dt, lambda: tf.logical_and(v, v))
    B("popcount " + dt, lambda: tf.raw_ops.PopulationCount(x=v))
B("and mixed", lambda: tf.bitwise.bitwise_and(tf.constant([1]), tf.constant([1], tf.int64)))
B("and py", lambda: tf.bitwise.bitwise_and(tf.constant([1]), 3))
B("logical py", lambda: tf.logical_or(tf.constant([True]), False))
B("logical py int", lambda: tf.logical_or(tf.constant([True]), 1))
B("& bools", lambda: tf.constant([True]) & tf.constant([False]))
B("& ints", lambda: tf.constant([1]) & tf.constant([3]))
B("~ ints", lambda: ~tf.constant([1]))
B("~ float", lambda: ~tf.constant([1.0]))
B("| float", lambda: tf.constant([1.0]) | tf.constant([1.0]))
s = tf.bitwise.left_shift(tf.constant([1, 1, 1], tf.int8), tf.constant([3, 9, -1], tf.int8))
r = tf.bitwise.right_shift(tf.constant([-128, 64, 4], tf.int8), tf.constant([1, 9, -1], tf.int8))
with tf.Session() as sess:
    print(sess.run(s).tolist(), sess.run(r).tolist())
    print(sess.run(tf.bitwise.invert(tf.constant([0, 5], tf.uint8))).tolist())
