# fused_batch_norm: training and inference, output shapes/dtypes, values, errors.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", [t.shape.as_list() for t in r])
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(2 * 2 * 3 * 2, dtype=np.float32).reshape(2, 2, 3, 2) / 4.0)
scale = tf.constant([1.0, 2.0])
offset = tf.constant([0.5, -0.5])
y, m, v = tf.nn.fused_batch_norm(x, scale, offset, epsilon=0.01)
xin = tf.placeholder_with_default(x, [2, 2, 3, 2])
yi, mi, vi = tf.nn.fused_batch_norm(xin, scale, offset, mean=[1.0, 2.0], variance=[4.0, 9.0],
                                    epsilon=0.001, is_training=False, name="fbn")
ph = tf.placeholder(tf.float32, [None, None, None, 2])
yp, mp, vp = tf.nn.fused_batch_norm(ph, scale, offset)
for t in (y, m, v, yi, mi, vi, yp, mp, vp):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
err(lambda: tf.nn.fused_batch_norm(x, scale, offset, is_training=False))
err(lambda: tf.nn.fused_batch_norm(tf.ones([2, 3]), scale, offset))
err(lambda: tf.nn.fused_batch_norm(x, [1.0, 2.0, 3.0], offset))
with tf.Session() as sess:
    r = sess.run([y, m, v, yi])
    print(rnd(r[0][0, :, :, 0], 4))
    print(rnd(r[1], 4), rnd(r[2], 4))
    print(rnd(r[3][1, :, :, 1], 4))
