# Straight-through estimator two ways: gradient_override_map on Sign->Identity and tf.custom_gradient; binarised layer trains.
from prelude import tf, np, rnd

rs = np.random.RandomState(29)
X = rs.randn(20, 3).astype(np.float32)
Y = np.sign(X @ np.array([[1.0], [-1.0], [0.5]])).astype(np.float32)


@tf.RegisterGradient("STESign_idioms3")
def _ste_grad(op, grad):
    return tf.clip_by_value(grad, -1.0, 1.0)


@tf.custom_gradient
def binarize(t):
    def grad(dy):
        return dy * tf.cast(tf.abs(t) <= 1.0, dy.dtype)
    return tf.sign(t), grad


x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.constant([[0.3], [0.2], [-0.1]]), name="w")
g = tf.get_default_graph()
with g.gradient_override_map({"Sign": "STESign_idioms3"}):
    wb = tf.sign(w)
wb2 = binarize(w)
out1 = tf.matmul(x, wb)
out2 = tf.matmul(x, wb2)
loss1 = tf.reduce_mean(tf.square(out1 - y))
loss2 = tf.reduce_mean(tf.square(out2 - y))
g1 = tf.gradients(loss1, w)[0]
g2 = tf.gradients(loss2, w)[0]
plain = tf.gradients(tf.reduce_sum(tf.sign(w)), w)[0]
print(wb.op.type, wb.op.get_attr("_gradient_op_type") if False else "", g1.shape, g2.shape)
train = tf.train.GradientDescentOptimizer(0.05).minimize(loss1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g1, {x: X, y: Y})[:, 0], 4), rnd(sess.run(g2, {x: X, y: Y})[:, 0], 4))
    print(rnd(sess.run(plain)[:, 0], 4))
    for i in range(10):
        _, l = sess.run([train, loss1], {x: X, y: Y})
    print("%.4g" % l, rnd(sess.run(w)[:, 0], 3), rnd(sess.run(wb)[:, 0], 1))
