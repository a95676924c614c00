# uint8/uint16/uint32/uint64 arithmetic (values built with numpy): overflow wraparound, division, comparison, result dtypes.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for dt, hi in [(tf.uint8, 255), (tf.uint16, 65535), (tf.uint32, 2**32 - 1), (tf.uint64, 2**64 - 1)]:
        a = tf.constant(np.array([hi, 3, 0], dt.as_numpy_dtype))
        b = tf.constant([2, 5, 1], dt)
        for label, fn in [("add", lambda: a + b), ("sub", lambda: a - b), ("mul", lambda: a * b),
                          ("floordiv", lambda: a // b), ("mod", lambda: a % b), ("max", lambda: tf.maximum(a, b)),
                          ("truediv", lambda: a / b), ("less", lambda: a < b), ("sum", lambda: tf.reduce_sum(a)),
                          ("square", lambda: tf.square(a)), ("neg", lambda: -a)]:
            try:
                t = fn()
                r = sess.run(t)
                print(dt.name, label, t.dtype.name, rnd(r, 3))
            except Exception as e:
                print(dt.name, label, type(e).__name__)
