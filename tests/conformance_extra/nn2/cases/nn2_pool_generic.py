# tf.nn.pool: pooling_type, dilation_rate, strides, 1-D/2-D/3-D, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(1 * 6 * 6 * 1, dtype=np.float32).reshape(1, 6, 6, 1))
p = [tf.nn.pool(x, [2, 2], "MAX", "VALID"),
     tf.nn.pool(x, [2, 2], "AVG", "SAME", strides=[2, 2]),
     tf.nn.pool(x, [2, 2], "MAX", "VALID", dilation_rate=[2, 2]),
     tf.nn.pool(x, [3, 2], "AVG", "VALID", dilation_rate=[1, 2], name="pl"),
     tf.nn.pool(tf.constant(np.arange(8, dtype=np.float32).reshape(1, 8, 1)), [3], "MAX", "VALID", strides=[2]),
     tf.nn.pool(tf.ones([1, 4, 4, 4, 2]), [2, 2, 2], "AVG", "VALID", strides=[2, 2, 2])]
for t in p:
    print(t.dtype.name, t.shape.as_list())
print([t.op.type for t in p[:2]], p[4].op.type, p[5].op.type)
err(lambda: tf.nn.pool(x, [2, 2], "MIN", "VALID"))
err(lambda: tf.nn.pool(x, [2, 2], "MAX", "VALID", strides=[2, 2], dilation_rate=[2, 2]))
err(lambda: tf.nn.pool(x, [2], "MAX", "VALID"))
err(lambda: tf.nn.pool(x, [2, 2], "MAX", "SAME", dilation_rate=[1, 2]))
with tf.Session() as sess:
    r = sess.run(p)
    print(rnd(r[0][0, :, :, 0]))
    print(rnd(r[1][0, :, :, 0]))
    print(rnd(r[2][0, :, :, 0]))
    print(rnd(r[3][0, :, :, 0], 3))
    print(rnd(r[4].ravel()), rnd(r[5].ravel()))
