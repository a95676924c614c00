# tf.nn.batch_normalization: broadcasting mean/var, None offset/scale, names, dtypes.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0]])
m, v = tf.nn.moments(x, [0], keep_dims=True)
a = tf.nn.batch_normalization(x, m, v, None, None, 1e-3)
b = tf.nn.batch_normalization(x, m, v, tf.constant([0.1, 0.2, 0.3]), tf.constant(2.0), 0.5, name="bn")
c = tf.nn.batch_normalization(x, 1.0, 4.0, 0.0, 1.0, 0.0)
ph = tf.placeholder(tf.float32, [None, 3])
d = tf.nn.batch_normalization(ph, m, v, None, None, 1e-3)
for t in (a, b, c, d):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("bn/"))))
xd = tf.constant([[1.0, 3.0]], tf.float64)
e = tf.nn.batch_normalization(xd, tf.constant(1.0, tf.float64), tf.constant(1.0, tf.float64), None, None, 1e-3)
print(e.dtype.name)
try:
    tf.nn.batch_normalization(x, tf.constant([1.0, 2.0]), v, None, None, 1e-3)
except Exception as ex:
    print(type(ex).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([a, b, c, e]), 4))
