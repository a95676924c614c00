# Integer division/mod by zero, negative integer powers, int overflow; run-time error classes.
from prelude import tf, np, rnd

a = tf.constant([7, -7, 5])
z = tf.constant([0, 2, 0])
runs = [
    ("floordiv", tf.floordiv(a, z)),
    ("truncatediv", tf.truncatediv(a, z)),
    ("floormod", tf.floormod(a, z)),
    ("truncatemod", tf.truncatemod(a, z)),
    ("div int", tf.div(a, z)),
    ("truediv int", tf.truediv(a, z)),
    ("div_no_nan int", tf.div_no_nan(tf.cast(a, tf.float32), tf.cast(z, tf.float32))),
    ("floordiv int64", tf.floordiv(tf.cast(a, tf.int64), tf.cast(z, tf.int64))),
    ("floordiv uint8", tf.floordiv(tf.constant([7], tf.uint8), tf.constant([0], tf.uint8))),
    ("floordiv float", tf.floordiv(tf.constant([7.0, -7.0]), tf.constant([0.0, 0.0]))),
    ("pow neg exp", tf.pow(tf.constant([2, 2]), tf.constant([-1, 3]))),
    ("pow neg exp int64", tf.pow(tf.constant([2], tf.int64), tf.constant([-2], tf.int64))),
    ("int32 overflow", tf.constant([2 ** 31 - 1]) + 1),
    ("abs min int", tf.abs(tf.constant([-2 ** 31]))),
    ("mod float", tf.mod(tf.constant([5.0, -5.0]), tf.constant([0.0, 3.0]))),
    ("sqrt negative", tf.sqrt(tf.constant([-1.0]))),
    ("log zero", tf.log(tf.constant([0.0]))),
]
with tf.Session() as sess:
    for lab, t in runs:
        try:
            print(lab, rnd(sess.run(t)))
        except Exception as e:  # noqa: BLE001
            print(lab, "run", type(e).__name__)
