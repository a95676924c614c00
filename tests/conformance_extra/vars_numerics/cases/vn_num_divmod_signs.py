# floordiv/truncatediv/floormod/truncatemod on negative ints and floats; operators; zero divisors.
from prelude import tf, np, rnd

x = tf.constant([7, -7, 7, -7, 0])
y = tf.constant([3, 3, -3, -3, 5])
xf = tf.constant([7.5, -7.5, 7.5, -7.5, -0.0, 1.0])
yf = tf.constant([2.0, 2.0, -2.0, -2.0, 3.0, 0.0])
x64 = tf.constant([-9, 9], tf.int64)
outs = [tf.math.floordiv(x, y), tf.truncatediv(x, y), tf.math.floormod(x, y), tf.truncatemod(x, y), x // y, x % y,
        tf.math.floordiv(xf, yf), tf.math.floormod(xf, yf), tf.truncatemod(xf, yf), xf // yf, xf % yf,
        tf.math.mod(x64, 4), tf.math.floordiv(x64, -4), tf.truncatediv(x64, -4), tf.div(x, y), tf.div(xf, yf),
        tf.floor_div(x, y), tf.truncatemod(tf.constant([-5.5], tf.float64), 2.0), tf.math.divide_no_nan(xf, yf),
        tf.math.xdivy(tf.constant([0.0, 2.0]), tf.constant([0.0, 4.0])), -7 // y, 7.5 % yf]
with tf.Session() as sess:
    for t in outs:
        print(t.op.type if False else "", t.dtype.name, rnd(sess.run(t), 4))
    try:
        sess.run(tf.truncatediv(xf, yf))
        print("ok")
    except Exception as e:
        print(type(e).__name__)
    for fn in [lambda: x // tf.zeros([5], tf.int32), lambda: tf.math.floormod(x, 0), lambda: tf.truncatemod(x, 0)]:
        try:
            print(sess.run(fn()).tolist())
        except Exception as e:
            print(type(e).__name__)
