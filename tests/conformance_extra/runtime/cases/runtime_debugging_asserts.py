# tf.debugging.assert_* with runtime values: classes, op names, message parts.
from prelude import tf, np

x = tf.placeholder(tf.int32, shape=[None], name="x")
y = tf.placeholder(tf.int32, shape=[None], name="y")
checks = [
    ("equal", tf.debugging.assert_equal(x, y, message="eq-msg")),
    ("positive", tf.debugging.assert_positive(x, message="pos-msg")),
    ("non_negative", tf.debugging.assert_non_negative(x)),
    ("less", tf.debugging.assert_less(x, y, summarize=2)),
    ("greater_equal", tf.debugging.assert_greater_equal(x, y)),
    ("negative", tf.assert_negative(x, name="neg_check")),
]
for n, op in checks:
    print(n, op.name, op.type)
with tf.Session() as sess:
    for n, op in checks:
        try:
            sess.run(op, {x: [1, 2, 3], y: [1, 5, 3]})
            print(n, "passed")
        except tf.errors.OpError as e:
            msg = e.message
            print(n, type(e).__name__, e.op.type, e.op.name.split("/")[0])
            print("eq-msg" in msg, "pos-msg" in msg, "Condition x == y did not hold" in msg,
                  "Condition x > 0 did not hold" in msg, "Condition x < y did not hold" in msg,
                  "Condition x >= y did not hold" in msg, "Condition x < 0 did not hold" in msg)
            print("x (x:0) = " in msg, "y (y:0) = " in msg, "[1 2 3]" in msg, "[1 5 3]" in msg, "[1 2...]" in msg)
