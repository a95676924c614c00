# tf.cast: float->int truncation, int wraparound, bool casts, half rounding, complex.
from prelude import tf, np, rnd

f = tf.constant([1.9, -1.9, 0.5, -0.5, 2.5, 1e3])
outs = [tf.cast(f, tf.int32), tf.cast(f, tf.int64), tf.cast(f, tf.bool), tf.cast(f, tf.float16),
        tf.cast(tf.constant([300, -1, 255, 256, -129]), tf.uint8),
        tf.cast(tf.constant([300, -1, 127, 128, -129]), tf.int8),
        tf.cast(tf.constant([70000, -40000]), tf.int16),
        tf.cast(tf.constant([2**31 + 5, -(2**33)], tf.int64), tf.int32),
        tf.cast(tf.constant([0, 3, -1]), tf.bool),
        tf.cast(tf.constant([True, False]), tf.int8),
        tf.cast(tf.constant([True, False]), tf.float64),
        tf.cast(tf.constant([255, 1], tf.uint8), tf.int8),
        tf.cast(tf.constant([1.0, 2.5]), tf.complex64),
        tf.cast(tf.constant([1 + 2j, -3 - 4j], tf.complex64), tf.float32),
        tf.cast(tf.constant([2**24 + 1], tf.int64), tf.float32),
        tf.cast(tf.constant([0.1], tf.float64), tf.float32),
        tf.cast(tf.constant([1.0001, 65519.0, 65520.0, 1e-8]), tf.float16),
        tf.to_int32(tf.constant([3.99])), tf.to_float(tf.constant([7])), tf.to_int64(tf.constant([-2.5])),
        tf.saturate_cast(tf.constant([300.0, -5.0, 3.7]), tf.uint8),
        tf.saturate_cast(tf.constant([1000, -1000]), tf.int8)]
for t in outs:
    print(t.op.type, t.dtype.name, t.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
c = tf.constant([1.0, 2.0])
print(tf.cast(c, tf.float32) is c, tf.cast(c, tf.float32).name)
