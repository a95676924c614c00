# top_k (sorted, ties, k tensor, unknown shapes) and in_top_k (ties, out-of-range targets).
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", [t.shape.as_list() for t in r])
    except Exception as e:
        print(type(e).__name__)


x = tf.constant([[3.0, 1.0, 3.0, 2.0], [0.0, 5.0, 5.0, 5.0]])
v, i = tf.nn.top_k(x, 2, name="tk")
v2, i2 = tf.nn.top_k(x, k=3, sorted=False)
kp = tf.placeholder(tf.int32, [])
v3, i3 = tf.nn.top_k(x, kp)
ph = tf.placeholder(tf.float32, [None, None])
v4, i4 = tf.nn.top_k(ph, 1)
vi, ii = tf.nn.top_k(tf.constant([4, 9, 1]), 2)
for t in (v, i, v2, i2, v3, i3, v4, i4, vi, ii):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
err(lambda: tf.nn.top_k(x, 5))
err(lambda: tf.nn.top_k(x, -1))
err(lambda: tf.nn.top_k(tf.constant(3.0), 1))
it = tf.nn.in_top_k(x, [0, 3], 1)
it2 = tf.nn.in_top_k(predictions=x, targets=tf.constant([2, 1], tf.int64), k=1, name="itk")
it3 = tf.nn.in_top_k(x, [1, 0], 3)
for t in (it, it2, it3):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
err(lambda: [tf.nn.in_top_k(x, [0, 1, 2], 1)])
err(lambda: [tf.nn.in_top_k(x, [[0], [1]], 1)])
with tf.Session() as sess:
    print(rnd(sess.run([v, i, v3, i3], {kp: 3})))
    r2 = sess.run([v2, i2])
    print(sorted(r2[0][0].tolist()), sorted(r2[1][1].tolist()))
    print(sess.run([vi, ii]))
    print(sess.run([it, it2, it3]))
    print(sess.run(tf.nn.in_top_k(x, [7, 0], 2)), sess.run(tf.nn.in_top_k(tf.constant([[np.nan, 1.0]]), [1], 1)))
    try:
        sess.run(v3, {kp: 9})
    except Exception as e:
        print(type(e).__name__)
