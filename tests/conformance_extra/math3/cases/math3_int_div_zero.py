# Integer division/modulo by zero (error class at run time per op and dtype) vs float division by zero.
from prelude import tf, np, rnd

labels = []
for dt in (tf.int32, tf.int64, tf.uint8, tf.int16):
    a = tf.constant([7, 8], dt)
    z = tf.constant([1, 0], dt)
    for name, fn in [("floordiv", tf.math.floordiv), ("floormod", tf.math.floormod), ("truncatediv", tf.truncatediv),
                     ("truncatemod", tf.truncatemod), ("div", tf.div), ("divide", tf.math.divide)]:
        try:
            t = fn(a, z)
        except Exception as e:
            print(dt.name, name, "build", type(e).__name__)
            continue
        labels.append((dt.name, name, t))
with tf.Session() as sess:
    for dtn, name, t in labels:
        try:
            print(dtn, name, t.dtype.name, rnd(sess.run(t)))
        except Exception as e:
            print(dtn, name, t.dtype.name, type(e).__name__)
    f = tf.constant([1.0, -1.0, 0.0])
    fz = tf.zeros([3])
    print(rnd(sess.run([f / fz, tf.math.floordiv(f, fz), tf.math.floormod(f, fz), tf.truncatemod(f, fz),
                        tf.math.divide_no_nan(f, fz), tf.math.xdivy(f, fz)])))
    print(rnd(sess.run([tf.constant([-7, 7]) // tf.constant([2, -2]),
                        tf.math.floormod(tf.constant([-2147483647, 5]), tf.constant([-1, -3]))])))
