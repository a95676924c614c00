# Fetching a resource variable's handle: type, dtype, shape only.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0, 3.0], name="v")
print(v.handle.name, v.handle.dtype.name, v.handle.shape)
with tf.Session() as sess:
    h = sess.run(v.handle)
    print(type(h).__name__, h.dtype.names, h.ndim, h.dtype.itemsize)
    sess.run(v.initializer)
    h2 = sess.run(v.handle)
    print(type(h2).__name__, h2.ndim)
    r = sess.run([v.handle, v])
    print(type(r[0]).__name__, rnd(r[1]))
