# Arithmetic across small and wide dtypes: result dtypes, wraparound and precision.
from prelude import tf, np, rnd

vals = {
    "float16": [1.5, -2.25, 2048.0], "float64": [0.1, -0.2, 1e300],
    "int8": [127, -128, 100], "int16": [32767, -7, 300], "int64": [2**40, -3, 7],
    "uint8": [250, 3, 0],
}
with tf.Session() as sess:
    for dt, v in vals.items():
        a = tf.constant(v, dtype=dt)
        b = tf.constant([1, 2, 3], dtype=dt)
        outs = [a + b, a - b, a * b, tf.maximum(a, b), tf.square(a), -a if dt != "uint8" else a]
        print(dt, [t.dtype.name for t in outs])
        for t in outs:
            print(" ", t.op.type, rnd(sess.run(t)))
    h = tf.constant(2048.0, tf.float16) + tf.constant(1.0, tf.float16)
    d = tf.constant(1.0, tf.float64) + tf.constant(1e-12, tf.float64)
    print(h.dtype.name, rnd(sess.run(h)), d.dtype.name, repr(float(sess.run(d) - 1.0) > 0))
    print(rnd(sess.run(tf.constant(60000.0, tf.float16) * 2.0)))
    print(rnd(sess.run(tf.constant([7, -7], tf.int8) // tf.constant([2, 2], tf.int8))))
    print(rnd(sess.run(tf.constant([7, 9], tf.uint8) % tf.constant([4, 5], tf.uint8))))
    print(rnd(sess.run(tf.constant([5, 3], tf.int16) / tf.constant([2, 4], tf.int16))),
          (tf.constant([5], tf.int16) / tf.constant([2], tf.int16)).dtype.name,
          (tf.constant([5], tf.int64) / tf.constant([2], tf.int64)).dtype.name,
          (tf.constant([5], tf.uint8) / tf.constant([2], tf.uint8)).dtype.name,
          (tf.constant([5], tf.float16) / tf.constant([2], tf.float16)).dtype.name)
