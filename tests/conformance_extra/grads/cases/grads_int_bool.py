# tf.gradients with integer and bool ys/xs: None results, zero results, and grad_ys dtype checks.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0])
i = tf.constant([3, 4])
bb = tf.constant([True, False])
yi = tf.cast(x, tf.int32) * i
print(tf.gradients(yi, x), tf.gradients(yi, i))
print(tf.gradients(tf.reduce_sum(x), bb))
gz = tf.gradients(yi, [x, i], unconnected_gradients="zero")
print([(t.dtype.name, t.shape.as_list()) for t in gz])
yb = tf.logical_not(bb)
print(tf.gradients(yb, bb))
gzb = tf.gradients(tf.reduce_sum(x), bb, unconnected_gradients="zero")
print([(t.dtype.name, t.shape.as_list()) for t in gzb])
fi = tf.cast(i, tf.float32)
print(tf.gradients(fi, i))
try:
    r = tf.gradients(x * 2.0, x, grad_ys=tf.constant([1, 1]))
    print("no error", r)
except Exception as e:  # noqa: BLE001
    print("int grad_ys", type(e).__name__)
try:
    r = tf.gradients(yi, i, grad_ys=tf.constant([1.0, 1.0]))
    print("no error", r)
except Exception as e:  # noqa: BLE001
    print("float grad_ys for int y", type(e).__name__)
d = tf.constant([1.0, 2.0], tf.float64)
try:
    r = tf.gradients(d * 2.0, d, grad_ys=tf.constant([1.0, 1.0], tf.float32))
    print("no error", r)
except Exception as e:  # noqa: BLE001
    print("f32 grad_ys for f64 y", type(e).__name__)
gi64 = tf.gradients(tf.reduce_sum(tf.cast(i, tf.float32) * x), [x])
with tf.Session() as sess:
    print(rnd(sess.run(gz)), rnd(sess.run(gzb)), rnd(sess.run(gi64)))
