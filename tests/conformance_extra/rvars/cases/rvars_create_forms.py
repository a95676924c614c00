# Creation forms of default (resource) variables: python values, tensors, callables, dtype conversion.
from prelude import tf, np, rnd

a = tf.Variable(1.5)
b = tf.Variable([1, 2, 3], name="b")
c = tf.Variable(tf.zeros([2, 3]), name="c")
d = tf.Variable(lambda: tf.ones([2], tf.int64), name="d")
e = tf.Variable(np.arange(4, dtype=np.float64).reshape(2, 2), name="e")
f = tf.Variable(3, dtype=tf.float32, name="f")
g = tf.Variable(True, name="g")
h = tf.Variable("str", name="h")
for v in [a, b, c, d, e, f, g, h]:
    print(v.name, v.dtype.name, v.shape, v.op.name, v.op.type, type(v).__name__)
    print("  init", v.initializer.name, v.initializer.type, v.initial_value.name, v.initial_value.op.type)
    print("  handle", v.handle.name, v.handle.dtype.name, v.handle.shape)
    print("  repr", repr(v))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in [a, b, c, d, e, f, g, h]:
        r = sess.run(v)
        print(v.name, type(r).__name__, getattr(r, "dtype", None), rnd(r))
