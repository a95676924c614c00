# dilation2d / erosion2d: values with strides, rates, SAME/VALID, gradients, shapes.
from prelude import tf, np, rnd

x = tf.constant(np.array([[1, 5, 2, 0], [3, 0, 4, 7], [6, 2, 1, 1], [0, 8, 3, 2]], np.float32).reshape(1, 4, 4, 1))
k = tf.constant(np.array([[0.0, 1.0], [-1.0, 0.5]], np.float32).reshape(2, 2, 1))
d = tf.nn.dilation2d(x, k, [1, 1, 1, 1], [1, 1, 1, 1], "VALID")
d2 = tf.nn.dilation2d(x, k, [1, 2, 2, 1], [1, 1, 1, 1], "SAME")
d3 = tf.nn.dilation2d(x, k, [1, 1, 1, 1], [1, 2, 2, 1], "VALID")
er = tf.nn.erosion2d(x, k, [1, 1, 1, 1], [1, 1, 1, 1], "SAME")
print([(t.op.type, t.shape.as_list()) for t in (d, d2, d3, er)])
g = tf.gradients(tf.reduce_sum(d), [x, k])
ge = tf.gradients(tf.reduce_sum(er), [x, k])
print([t.op.type for t in g])
with tf.Session() as sess:
    for t in (d, d2, d3, er):
        print(rnd(sess.run(t)[0, :, :, 0]))
    for t in sess.run(g + ge):
        print(rnd(np.squeeze(t)))
