# Integer division by zero at run time; float division gives inf/nan.
from prelude import tf, np, rnd

a = tf.placeholder(tf.int32, shape=[None], name="a")
b = tf.placeholder(tf.int32, shape=[None], name="b")
ops = [("floordiv", a // b), ("mod", a % b), ("truncatediv", tf.truncatediv(a, b)),
       ("truncatemod", tf.truncatemod(a, b)), ("div", tf.div(a, b)), ("truediv", a / b),
       ("floor_div", tf.floor_div(a, b)), ("int_div", tf.math.floordiv(a, b, name="fd"))]
with tf.Session() as sess:
    for n, t in ops:
        try:
            out = sess.run(t, {a: [7, -7], b: [2, 0]})
            print(n, "ok", t.dtype.name, rnd(out))
        except tf.errors.OpError as e:
            print(n, type(e).__name__, e.op.name, e.op.type, "Integer division by zero" in e.message)
    f = tf.constant([1.0, -1.0, 0.0]) / tf.constant(0.0)
    print(sess.run(f).tolist())
    i64 = tf.constant([5], tf.int64) // tf.constant([0], tf.int64)
    try:
        sess.run(i64)
    except tf.errors.OpError as e:
        print(type(e).__name__, e.op.type, "Integer division by zero" in e.message)
