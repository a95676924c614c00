# TensorArray split and concat with lengths, concat of variable-length elements.
from prelude import tf, np, rnd

v = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
ta = tf.TensorArray(tf.float32, size=3, infer_shape=False).split(v, [1, 2, 3])
c = ta.concat()
r = ta.read(2)
print(c.dtype.name, c.shape, r.shape)
m = tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2))
ta2 = tf.TensorArray(tf.float32, size=2, infer_shape=False).split(m, tf.constant([3, 2]))
c2 = ta2.concat()
print(c2.shape)
ta3 = tf.TensorArray(tf.int32, size=2, infer_shape=False)
ta3 = ta3.write(0, [1, 2, 3]).write(1, [4])
c3 = ta3.concat()
with tf.Session() as sess:
    print(rnd(sess.run(c)), rnd(sess.run(r)))
    print(rnd(sess.run(c2)), rnd(sess.run(ta2.read(0))))
    print(sess.run(c3).tolist(), sess.run(ta3.size()))
