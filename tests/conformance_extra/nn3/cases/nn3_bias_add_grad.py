# bias_add gradients for NHWC / NCHW / rank-5 / rank-2, BiasAddGrad op and its data_format.
from prelude import tf, np, rnd

x = tf.constant(np.arange(2 * 3 * 2 * 2, dtype=np.float32).reshape(2, 3, 2, 2))
b3 = tf.constant([1.0, 2.0, 3.0])
b2 = tf.constant([10.0, 20.0])
y1 = tf.nn.bias_add(x, b2)
y2 = tf.nn.bias_add(x, b3, data_format="NCHW")
x5 = tf.reshape(tf.range(48.0), [2, 3, 2, 2, 2])
y5 = tf.nn.bias_add(x5, b3, data_format="NCHW")
y5b = tf.nn.bias_add(x5, b2)
gs = [tf.gradients(tf.reduce_sum(y * y), b)[0] for y, b in ((y1, b2), (y2, b3), (y5, b3), (y5b, b2))]
print([g.op.type for g in gs], [g.op.get_attr("data_format") for g in gs])
gx = tf.gradients(tf.reduce_sum(y2 * y2), x)[0]
print(gx.shape.as_list())
try:
    tf.nn.bias_add(tf.ones([3]), tf.ones([3]))
    print("built")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(y2)[1, :, 0, 0]), rnd(sess.run(y5)[0, :, 1, 1, 1]))
    for g in sess.run(gs):
        print(rnd(g))
    print(rnd(sess.run(gx)[0, 1]))
