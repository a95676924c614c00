# get_variable default initializers per dtype (float glorot uniform, ints
# zeros, bool false, strings empty), initializer given as a Tensor or numpy.
from prelude import tf, np, rnd

f = tf.get_variable("f", [2, 2])
i = tf.get_variable("i", [3], dtype=tf.int32)
i64 = tf.get_variable("i64", [2], dtype=tf.int64)
b = tf.get_variable("b", [2], dtype=tf.bool)
d = tf.get_variable("d", [2], dtype=tf.float64)
n = tf.get_variable("n", initializer=np.array([1.5, 2.5], dtype=np.float32))
t = tf.get_variable("t", initializer=tf.constant([[1, 2]], dtype=tf.int64))
k = tf.get_variable("k", initializer=3.0)
print([(v.name, v.dtype.name, v.shape.as_list()) for v in [f, i, i64, b, d, n, t, k]])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    fv = sess.run(f)
    lim = np.sqrt(6.0 / 4)
    print(fv.shape, bool(np.all(np.abs(fv) <= lim)))
    print(sess.run(i).tolist(), sess.run(i64).tolist(), sess.run(b).tolist())
    dv = sess.run(d)
    print(dv.dtype.name, dv.shape)
    print(rnd(sess.run(n)), sess.run(t).tolist(), rnd(sess.run(k)))
try:
    tf.get_variable("e", [2], initializer=tf.constant([1.0, 2.0]), dtype=tf.int32)
    print("ok")
except Exception as e:
    print(type(e).__name__)
