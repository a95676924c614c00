# bias_add with data_format, shape errors, xw_plus_b and relu_layer names.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


x = tf.constant(np.arange(2 * 3 * 2 * 2, dtype=np.float32).reshape(2, 3, 2, 2))
a = tf.nn.bias_add(x, [10.0, 20.0])
b = tf.nn.bias_add(tf.reshape(x, [2, 3, 4]), [1.0, 2.0, 3.0, 4.0], name="ba")
c = tf.nn.bias_add(tf.reshape(x, [2, 12]), tf.range(12.0))
ph = tf.placeholder(tf.float32, [None, None, 5])
d = tf.nn.bias_add(ph, tf.ones([5]))
for t in (a, b, c, d):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
err(lambda: tf.nn.bias_add(x, [1.0, 2.0, 3.0]))
err(lambda: tf.nn.bias_add(x, [[1.0, 2.0]]))
err(lambda: tf.nn.bias_add(tf.constant([1.0, 2.0]), [1.0, 2.0]))
err(lambda: tf.nn.bias_add(x, [1, 2]))
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
w = tf.constant([[1.0, -1.0, 0.5], [0.0, 2.0, 1.0]])
bb = tf.constant([0.5, 0.5, -10.0])
xw = tf.nn.xw_plus_b(m, w, bb)
xw2 = tf.nn.xw_plus_b(m, w, bb, name="dense")
rl = tf.nn.relu_layer(m, w, bb, name="rl")
for t in (xw, xw2, rl):
    print(t.op.type, t.name, t.shape.as_list(), [i.op.type for i in t.op.inputs])
err(lambda: tf.nn.xw_plus_b(m, w, tf.ones([2])))
with tf.Session() as sess:
    ra, rb, rc = sess.run([a, b, c])
    print(rnd(ra[0, 0]), rnd(rb[1, 2]), rnd(rc[1]))
    print(rnd(sess.run([xw, xw2, rl])))
    try:
        sess.run(d, {ph: np.ones([2, 2, 4], np.float32)})
    except Exception as e:
        print(type(e).__name__)
