# tf.cast edge cases: bool<->int<->float<->complex, saturation, NaN, negatives to unsigned.
from prelude import tf, np, rnd

f = tf.constant([-1.7, -0.5, 0.0, 0.5, 1.7, 300.0, 1e10], name="f")
casts = [tf.cast(f, tf.int32), tf.cast(f, tf.uint8), tf.cast(f, tf.int8), tf.cast(f, tf.bool),
         tf.cast(f, tf.float16), tf.cast(f, tf.complex64), tf.saturate_cast(f, tf.uint8),
         tf.saturate_cast(f, tf.int8), tf.saturate_cast(f, tf.int32)]
b = tf.constant([True, False])
casts += [tf.cast(b, tf.float32), tf.cast(b, tf.int64), tf.cast(tf.constant([0, 3, -1]), tf.bool)]
c = tf.constant([1 + 2j, -3 - 0.5j], tf.complex64)
casts += [tf.cast(c, tf.complex128), tf.cast(tf.constant([1.5, 2.0]), tf.complex128)]
for t in casts:
    print(t.op.type, t.op.name, t.dtype.name)
with tf.Session() as s:
    for t in casts:
        v = s.run(t)
        print(t.dtype.name, [str(x) for x in v.tolist()] if t.dtype.is_complex else rnd(v, 2))
for fn in [lambda: tf.cast(c, tf.float32), lambda: tf.cast(c, tf.int32), lambda: tf.cast(tf.constant(["1"]), tf.int32),
           lambda: tf.cast(tf.constant(1), tf.string), lambda: tf.cast([1, 2], tf.float32), lambda: tf.cast(1.5, tf.int32),
           lambda: tf.saturate_cast(c, tf.float32), lambda: tf.cast(f, tf.float32)]:
    try:
        t = fn()
        with tf.Session() as s:
            print(t.op.type, t.op.name, t.dtype.name, rnd(s.run(t), 3))
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:200])
