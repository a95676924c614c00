# avg_pool / max_pool ksize and strides as int, 2-list, 4-list; 1-D and 3-D pools; unknown dims.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 5 * 5 * 1, dtype=np.float32).reshape(1, 5, 5, 1))
p = [tf.nn.max_pool(x, 2, 2, "VALID"),
     tf.nn.max_pool(x, [2, 2], [2, 2], "SAME"),
     tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "SAME"),
     tf.nn.avg_pool(x, 3, 1, "VALID", name="avg"),
     tf.nn.max_pool2d(x, 2, 1, "VALID"),
     tf.nn.avg_pool2d(x, 2, 3, "SAME")]
s = tf.constant(np.arange(1 * 7 * 2, dtype=np.float32).reshape(1, 7, 2))
p += [tf.nn.max_pool1d(s, 3, 2, "VALID"), tf.nn.avg_pool1d(s, 2, 2, "SAME")]
v = tf.constant(np.arange(1 * 4 * 4 * 4 * 1, dtype=np.float32).reshape(1, 4, 4, 4, 1))
p += [tf.nn.max_pool3d(v, 2, 2, "VALID"), tf.nn.avg_pool3d(v, [1, 3, 3, 3, 1], [1, 2, 2, 2, 1], "SAME")]
ph = tf.placeholder(tf.float32, [None, None, 6, 3])
p += [tf.nn.max_pool(ph, 2, 2, "VALID"), tf.nn.avg_pool(ph, 3, 2, "SAME")]
for t in p:
    print(t.op.type, t.op.name, t.dtype.name, t.shape.as_list())
err(lambda: tf.nn.max_pool(x, [2, 2, 2], 1, "VALID"))
err(lambda: tf.nn.max_pool(x, [2, 2, 1, 1], 1, "VALID"))
err(lambda: tf.nn.avg_pool(x, 6, 1, "VALID"))
err(lambda: tf.nn.max_pool(tf.ones([5, 5, 1]), 2, 2, "VALID"))
err(lambda: tf.nn.max_pool(tf.constant([[[[1]]]]), 1, 1, "VALID"))
err(lambda: tf.nn.avg_pool(tf.constant([[[[1]]]]), 1, 1, "VALID"))
with tf.Session() as sess:
    r = sess.run(p[:10])
    for a in r:
        print(rnd(a.ravel()[:9], 3))
    print(sess.run(p[10], {ph: np.ones([2, 5, 6, 3], np.float32)}).shape)
