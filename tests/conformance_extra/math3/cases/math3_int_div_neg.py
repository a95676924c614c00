# floordiv/floormod/truncatediv/truncatemod on negative ints across dtypes and broadcasting, plus mixed-sign floats.
from prelude import tf, np, rnd

a = [-9, -8, -1, 0, 1, 8, 9]
b = [4, -4, 3, -3, 5, -5, 2]
for dt in (tf.int32, tf.int64):
    x, y = tf.constant(a, dt), tf.constant(b, dt)
    ops = [tf.math.floordiv(x, y), tf.math.floormod(x, y), tf.truncatediv(x, y), tf.truncatemod(x, y), x // y, x % y,
           tf.math.mod(x, y), tf.div(x, y)]
    with tf.Session() as sess:
        print(dt.name, [o.op.type for o in ops])
        for v in sess.run(ops):
            print(rnd(v))
xb = tf.constant([[-7], [7]])
yb = tf.constant([2, -2, 3])
fx = tf.constant([-7.5, 7.5, -0.5, 0.5])
fy = tf.constant([2.0, -2.0, -2.0, 2.0])
with tf.Session() as sess:
    print(rnd(sess.run([tf.math.floordiv(xb, yb), tf.math.floormod(xb, yb), tf.truncatemod(xb, yb)])))
    print(rnd(sess.run([tf.math.floordiv(fx, fy), tf.math.floormod(fx, fy), tf.truncatemod(fx, fy), tf.truncatediv(tf.constant([-7, 7]), 2)])))
for label, fn in [("truncatediv float", lambda: tf.truncatediv(fx, fy)), ("floormod bool", lambda: tf.math.floormod(True, False)),
                  ("int8 floordiv", lambda: tf.math.floordiv(tf.constant([-3], tf.int8), tf.constant([2], tf.int8))),
                  ("int8 truncatemod", lambda: tf.truncatemod(tf.constant([-3], tf.int8), tf.constant([2], tf.int8))),
                  ("mixed", lambda: tf.math.floordiv(tf.constant([1]), tf.constant([1], tf.int64)))]:
    try:
        t = fn()
        print(label, "ok", t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
