# Integer and float division/modulo semantics with negative operands, and their dtypes.
from prelude import tf, np, rnd

a = tf.constant([7, -7, 7, -7, 0])
b = tf.constant([2, 2, -2, -2, 3])
fa, fb = tf.cast(a, tf.float32), tf.cast(b, tf.float32)
ops = [a // b, a % b, tf.floordiv(a, b), tf.floormod(a, b), tf.truncatediv(a, b),
       tf.truncatemod(a, b), a / b, tf.div(a, b), tf.math.divide_no_nan(fa, fb - fb),
       fa // fb, fa % fb, tf.mod(fa, fb), tf.realdiv(fa, fb)]
for t in ops:
    print(t.op.type, t.dtype.name, t.name)
with tf.Session() as sess:
    for v in sess.run(ops):
        print(rnd(v))
