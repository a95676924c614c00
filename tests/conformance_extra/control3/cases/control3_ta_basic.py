# TensorArray write/read/stack/size basics: names, dtypes, static shapes, values.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=3)
print(ta.dtype.name, ta.flow.dtype.name, ta.handle is None, ta.dynamic_size)
print(ta.element_shape)
ta1 = ta.write(0, [1.0, 2.0]).write(1, [3.0, 4.0]).write(2, [5.0, 6.0])
print(ta1.element_shape, ta.element_shape)
r = ta1.read(1)
s = ta1.stack()
n = ta1.size()
print(r.dtype.name, r.shape, s.dtype.name, s.shape, n.dtype.name, n.shape)
with tf.Session() as sess:
    print(rnd(sess.run(r)), rnd(sess.run(s)), sess.run(n))
