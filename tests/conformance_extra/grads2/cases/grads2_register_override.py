# tf.RegisterGradient + gradient_override_map on Square/Identity/Floor, NoGradient, duplicate registration error.
from prelude import tf, np, rnd


@tf.RegisterGradient("Grads2DoubleSquare")
def _double_square(op, grad):
    return grad * 4.0 * op.inputs[0]


@tf.RegisterGradient("Grads2StraightThrough")
def _straight(op, grad):
    return grad


try:
    @tf.RegisterGradient("Grads2DoubleSquare")
    def _again(op, grad):
        return grad
except Exception as e:  # noqa: BLE001
    print("dup", type(e).__name__)

x = tf.constant([1.0, 2.5, -1.5])
g = tf.get_default_graph()
with g.gradient_override_map({"Square": "Grads2DoubleSquare", "Floor": "Grads2StraightThrough"}):
    s = tf.square(x)
    f = tf.floor(x)
s2 = tf.square(x)
print(s.op.type, f.op.type)
gs = tf.gradients(s, x)[0]
gf = tf.gradients(f, x)[0]
gs2 = tf.gradients(s2, x)[0]
print(tf.gradients(tf.floor(x), x))
tf.NoGradient("Grads2Fake")
with g.gradient_override_map({"Identity": "Grads2Missing"}):
    idn = tf.identity(x)
try:
    tf.gradients(idn, x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("missing", type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(gs), 4), rnd(sess.run(gf), 4), rnd(sess.run(gs2), 4))
