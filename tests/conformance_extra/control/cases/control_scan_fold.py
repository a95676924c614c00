# tf.scan with initializer / reverse / tuple accumulators; tf.foldl and tf.foldr.
from prelude import tf, np, rnd

e = tf.constant([1.0, 2.0, 3.0, 4.0])
s1 = tf.scan(lambda a, x: a + x, e)
s2 = tf.scan(lambda a, x: a * x, e, initializer=tf.constant(10.0))
s3 = tf.scan(lambda a, x: a + x, e, reverse=True)
s4 = tf.scan(lambda a, x: (a[0] + x, a[1] * x), e, initializer=(tf.constant(0.0), tf.constant(1.0)))
print(type(s4).__name__, [t.shape.as_list() for t in s4])
s5 = tf.scan(lambda a, x: a + x[0] * x[1], (e, e), initializer=tf.constant(0.0))
s6 = tf.scan(lambda a, x: tf.concat([a[1:], [x]], 0), e, initializer=tf.zeros([2]))
print(s6.shape.as_list())
f1 = tf.foldl(lambda a, x: a - x, e)
f2 = tf.foldr(lambda a, x: a - x, e)
f3 = tf.foldl(lambda a, x: a * 10 + x, tf.constant([1, 2, 3]), initializer=tf.constant(0))
f4 = tf.foldr(lambda a, x: a * 10 + x, tf.constant([1, 2, 3]), initializer=tf.constant(0))
f5 = tf.foldl(lambda a, x: (a[0] + x, a[1] + 1), e, initializer=(tf.constant(0.0), tf.constant(0)))
print(f1.dtype.name, f3.dtype.name, type(f5).__name__)
ints = tf.scan(lambda a, x: a + x, tf.constant([[1, 2], [3, 4]]))
print(ints.dtype.name, ints.shape.as_list())
try:
    tf.scan(lambda a, x: tf.cast(a, tf.float64) + 1.0, e)
    print("no error")
except Exception as e_:  # noqa: BLE001
    print("scan dtype", type(e_).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([s1, s2, s3])))
    print(rnd(sess.run(s4)), rnd(sess.run(s5)))
    print(rnd(sess.run(s6)))
    print(rnd(sess.run([f1, f2])), sess.run([f3, f4]), rnd(sess.run(f5)))
    print(sess.run(ints).tolist())
