# tf.metrics.mean with weights: scalar, per-element, broadcastable, zero weights, bad weight shapes.
from prelude import tf, np, rnd

v = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
m0, u0 = tf.metrics.mean(v)
m1, u1 = tf.metrics.mean(v, weights=2.0)
m2, u2 = tf.metrics.mean(v, weights=[[1.0], [0.0]])
m3, u3 = tf.metrics.mean(v, weights=tf.constant([[1.0, 0.0, 1.0], [0.0, 0.0, 2.0]]))
m4, u4 = tf.metrics.mean(v, weights=tf.zeros([2, 3]))
m5, u5 = tf.metrics.mean(tf.constant([1, 2, 4]))
print([t.name for t in (m0, u0, m1, u1, m2, u2, m5, u5)])
print([t.dtype.name for t in (m0, u0, m5, u5)])
print([v.name for v in tf.local_variables()][:6])
try:
    tf.metrics.mean(v, weights=tf.ones([3, 2]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad weights", type(e).__name__)
try:
    tf.metrics.mean(v, weights=tf.ones([2, 3, 1]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad rank", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    for _ in range(2):
        print(rnd(sess.run([u0, u1, u2, u3, u4, u5])))
    print(rnd(sess.run([m0, m1, m2, m3, m4, m5])))
