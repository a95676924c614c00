# int8/int16 division and modulo with negatives, truediv dtypes, the int minimum divided by -1.
from prelude import tf, np, rnd

a = tf.constant([7, -7, 7, -7, -128, 127], tf.int8)
b = tf.constant([2, 2, -2, -2, -1, 3], tf.int8)
c = tf.constant([7, -7, -300], tf.int16)
d = tf.constant([3, 3, 7], tf.int16)
outs = [a // b, a % b, tf.math.floordiv(a, b), tf.math.floormod(a, b), tf.truncatediv(a, b),
        a / b, tf.div(a, b), c // d, c % d, c / d, tf.math.divide(c, d), tf.realdiv(tf.cast(c, tf.float32), 2.0)]
with tf.Session() as sess:
    for t in outs:
        print(t.dtype.name, rnd(sess.run(t), 4))
    try:
        tf.truncatemod(a, b)
    except Exception as e:
        print("truncatemod int8", type(e).__name__)
    for fn in [lambda: a // tf.constant([1, 1, 0, 1, 1, 1], tf.int8), lambda: a % tf.zeros([6], tf.int8),
               lambda: tf.truncatediv(c, tf.zeros([3], tf.int16))]:
        try:
            print(sess.run(fn()).tolist())
        except Exception as e:
            print(type(e).__name__)
