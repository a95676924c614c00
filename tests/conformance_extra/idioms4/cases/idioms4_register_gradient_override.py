# Custom Python gradient via tf.RegisterGradient + gradient_override_map (clipped-identity and straight-through sign).
from prelude import tf, np, rnd


@tf.RegisterGradient("ClipGradIdent4")
def _clip_grad(op, grad):
    return tf.clip_by_value(grad, -0.1, 0.1)


@tf.RegisterGradient("SignST4")
def _sign_st(op, grad):
    return grad * tf.cast(tf.abs(op.inputs[0]) <= 1.0, grad.dtype)


g = tf.get_default_graph()
x = tf.Variable([0.5, -2.0, 3.0, 0.2], name="x")
with g.gradient_override_map({"Identity": "ClipGradIdent4", "Sign": "SignST4"}):
    y = tf.identity(x, name="clipped")
    s = tf.sign(x, name="sgn")
print(y.op.type, s.op.type, y.op.get_attr("_gradient_op_type") if hasattr(y.op, "get_attr") else None)
loss1 = tf.reduce_sum(10.0 * y)
loss2 = tf.reduce_sum(s * tf.constant([1.0, 2.0, 3.0, 4.0]))
g1 = tf.gradients(loss1, x)[0]
g2 = tf.gradients(loss2, x)[0]
plain = tf.gradients(tf.reduce_sum(tf.sign(x)), x)[0]
train = tf.train.GradientDescentOptimizer(1.0).minimize(loss1 + loss2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g1), 4), rnd(sess.run(g2), 4), rnd(sess.run(plain), 4))
    for i in range(3):
        sess.run(train)
    print(rnd(sess.run(x), 4))
try:
    tf.RegisterGradient("ClipGradIdent4")(lambda op, grad: grad)
except KeyError as e:
    print("KeyError")
