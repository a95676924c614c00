# tf.bitwise ops on signed and unsigned types, invert, shifts and population count.
from prelude import tf, np, rnd

a8 = tf.constant([0b1100, -1, 127, -128], tf.int8)
b8 = tf.constant([0b1010, 3, 1, 1], tf.int8)
u8 = tf.constant([0b11110000, 1, 255, 0], tf.uint8)
i32 = tf.constant([1, -16, 1024, 7])
outs = [tf.bitwise.bitwise_and(a8, b8), tf.bitwise.bitwise_or(a8, b8), tf.bitwise.bitwise_xor(a8, b8),
        tf.bitwise.invert(a8), tf.bitwise.invert(u8), tf.bitwise.left_shift(a8, b8),
        tf.bitwise.right_shift(a8, b8), tf.bitwise.left_shift(u8, tf.constant([1, 7, 1, 3], tf.uint8)),
        tf.bitwise.right_shift(u8, tf.constant([4, 0, 7, 1], tf.uint8)),
        tf.bitwise.right_shift(i32, tf.constant([0, 2, 3, 1])), tf.bitwise.left_shift(i32, tf.constant([31, 2, 21, 0])),
        tf.bitwise.bitwise_and(tf.constant([6], tf.int64), tf.constant([3], tf.int64)),
        tf.math.bitwise_and(tf.constant([12, 10], tf.uint16), tf.constant([10, 6], tf.uint16)) if hasattr(tf.math, "bitwise_and") else tf.bitwise.bitwise_and(tf.constant([12, 10], tf.uint16), tf.constant([10, 6], tf.uint16))]
for t in outs:
    print(t.op.type, t.dtype.name, t.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
try:
    tf.bitwise.bitwise_and(tf.constant([1.0]), tf.constant([2.0]))
except Exception as e:
    print(type(e).__name__)
