# argmax/argmin: ties pick the first, NaN handling, output_type, axis forms, int/bool/uint8 inputs, errors.
from prelude import tf, np, rnd

x = tf.constant([[2.0, 7.0, 7.0, 1.0], [3.0, 3.0, 3.0, 3.0], [-1.0, np.nan, 5.0, 5.0]])
outs = [tf.argmax(x, 1), tf.argmin(x, 1), tf.argmax(x, 0), tf.argmin(x, 0, output_type=tf.int32),
        tf.math.argmax(x, axis=-1, output_type=tf.int32), tf.argmax(x, dimension=1), tf.argmax(tf.constant([4, 9, 9], tf.uint8)),
        tf.argmin(tf.constant([[1, 1], [0, 2]], tf.int64), axis=tf.constant(1, tf.int64)),
        tf.argmax(tf.constant([-np.inf, -np.inf])), tf.argmax(tf.placeholder(tf.float32, [None, 5]), axis=1),
        tf.argmax(tf.constant([[1.0, 2.0]]), axis=0, output_type=tf.int64, name="am")]
for t in outs:
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
for label, fn in [("axis range", lambda: tf.argmax(x, 2)), ("bool", lambda: tf.argmax(tf.constant([True, False]))),
                  ("out float", lambda: tf.argmax(x, 1, output_type=tf.float32)),
                  ("axis+dimension", lambda: tf.argmax(x, axis=1, dimension=0)),
                  ("out int16", lambda: tf.argmax(x, 1, output_type=tf.int16)),
                  ("string", lambda: tf.argmax(tf.constant(["a", "b"])))]:
    try:
        t = fn()
        print(label, "ok", t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs[:9] + outs[10:]):
        print(rnd(v))
    try:
        sess.run(tf.argmax(tf.zeros([2, 0]), 1))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
    print(rnd(sess.run(tf.argmax(tf.zeros([0, 3]), 1))))
