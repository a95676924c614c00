# tf.RegisterGradient with gradient_override_map, nested overrides, custom_gradient with two inputs.
from prelude import tf, np, rnd


@tf.RegisterGradient("ControlDoubleGrad")
def _double(op, grad):
    return grad * 2.0


@tf.RegisterGradient("ControlNegPair")
def _negpair(op, grad):
    return [-grad, grad * 0.0]


try:
    @tf.RegisterGradient("ControlDoubleGrad")
    def _again(op, grad):
        return grad
    print("no error")
except Exception as e:  # noqa: BLE001
    print("re-register", type(e).__name__)
x = tf.constant([1.0, 2.0])
y = tf.constant([3.0, 4.0])
g = tf.get_default_graph()
with g.gradient_override_map({"Identity": "ControlDoubleGrad", "Mul": "ControlNegPair"}):
    i1 = tf.identity(x)
    mul = x * y
    with g.gradient_override_map({"Identity": "Identity"}):
        i2 = tf.identity(x)
i3 = tf.identity(x)
print(i1.op.type, mul.op.type, i1.op.get_attr("_gradient_op_type") if hasattr(i1.op, "get_attr") else None)
gi = [tf.gradients(t, x)[0] for t in (i1, i2, i3)]
gm = tf.gradients(mul, [x, y])
with g.gradient_override_map({"Square": "ControlUnknown"}):
    sq = tf.square(x)
try:
    tf.gradients(sq, x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("unknown override", type(e).__name__)


@tf.custom_gradient
def weighted(u, v):
    out = u * v

    def grad(dy):
        return dy * 10.0, dy * 100.0
    return out, grad


wv = weighted(x, y)
gw = tf.gradients(tf.reduce_sum(wv), [x, y])


@tf.custom_gradient
def log1pexp(t):
    e = tf.exp(t)

    def grad(dy):
        return dy * (1 - 1 / (1 + e))
    return tf.log(1 + e), grad


big = tf.constant(100.0)
gl = tf.gradients(log1pexp(big), big)[0]
with tf.Session() as sess:
    print(rnd(sess.run(gi)), rnd(sess.run(gm)))
    print(rnd(sess.run([wv, gw])))
    print(rnd(sess.run(gl)))
