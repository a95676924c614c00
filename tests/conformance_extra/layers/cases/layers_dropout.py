# tf.layers.dropout: training False is the identity; training True zeroes or scales by
# 1/(1-rate); a boolean tensor picks at run time. Only deterministic facts are printed.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1, 201, dtype=np.float32).reshape(4, 50))
d0 = tf.layers.dropout(x, rate=0.5)
d1 = tf.layers.dropout(x, rate=0.5, training=True)
d2 = tf.layers.dropout(x, rate=0.0, training=True)
flag = tf.placeholder_with_default(False, [])
d3 = tf.layers.dropout(x, rate=0.25, training=flag)
layer = tf.layers.Dropout(0.2, name="drop")
d4 = layer(x, training=False)
print(d0.shape.as_list(), d1.shape.as_list(), d3.shape.as_list(), d1.dtype.name)
print(layer.name, layer.rate, tf.global_variables())
with tf.Session() as sess:
    a, b, c = sess.run([d0, d1, d2])
    print(np.array_equal(a, sess.run(x)), np.array_equal(c, sess.run(x)))
    xs = sess.run(x)
    print(bool(np.all((b == 0) | np.isclose(b, xs * 2.0))), 0 < int((b == 0).sum()) < 200)
    e = sess.run(d3)
    print(np.array_equal(e, xs))
    f = sess.run(d3, {flag: True})
    print(bool(np.all((f == 0) | np.isclose(f, xs / 0.75))))
    print(np.array_equal(sess.run(d4), xs))
