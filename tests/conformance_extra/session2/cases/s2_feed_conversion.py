# Feed value conversion: Python ints/lists to float placeholders, float64
# arrays to float32, bools to bool, result dtypes.
from prelude import tf, np

f = tf.placeholder(tf.float32, name="f")
i = tf.placeholder(tf.int32, name="i")
h = tf.placeholder(tf.float16, shape=[2], name="h")
i64 = tf.placeholder(tf.int64, name="i64")
b = tf.placeholder(tf.bool, name="b")
with tf.Session() as sess:
    for v in [3, [1, 2], [[1, 2], [3, 4]], np.float64(2.5), np.array([1, 2], np.int64), True]:
        r = sess.run(f * 2, {f: v})
        print(np.asarray(r).dtype, np.asarray(r).tolist())
    r = sess.run(tf.identity(f), {f: np.array([1.5], np.float64)})
    print(r.dtype, r.tolist())
    r = sess.run(h, {h: [1, 2]})
    print(r.dtype, r.tolist())
    r = sess.run(i64, {i64: 2 ** 40})
    print(np.asarray(r).dtype, r)
    r = sess.run(i, {i: np.int8(5)})
    print(np.asarray(r).dtype, r)
    r = sess.run(b, {b: [True, False]})
    print(r.dtype, r.tolist())
    r = sess.run(i, {i: [1.0, 2.0]})
    print(r.dtype, r.tolist())
