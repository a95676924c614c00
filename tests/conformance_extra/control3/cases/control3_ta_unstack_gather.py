# TensorArray unstack/gather/scatter: static shapes and values.
from prelude import tf, np, rnd

v = tf.constant(np.arange(12, dtype=np.float32).reshape(4, 3))
ta = tf.TensorArray(tf.float32, size=4).unstack(v)
g = ta.gather([3, 0])
print(g.dtype.name, g.shape, ta.element_shape)
r = ta.read(2)
print(r.shape)
ta2 = tf.TensorArray(tf.float32, size=5)
ta2 = ta2.scatter([4, 1], tf.constant([[1.0, 1.0], [2.0, 2.0]]))
g2 = ta2.gather([1, 4])
print(g2.shape)
st2 = ta2.stack()
print(st2.shape)
with tf.Session() as sess:
    print(rnd(sess.run(g)), rnd(sess.run(r)))
    print(rnd(sess.run(g2)))
    print(rnd(sess.run(st2)))
