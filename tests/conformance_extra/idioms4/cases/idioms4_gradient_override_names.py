# gradient_override_map details: nested maps, ops outside the map untouched, _gradient_op_type attr, unknown override -> LookupError.
from prelude import tf, np, rnd


@tf.RegisterGradient("DoubleGrad4")
def _dbl(op, grad):
    return [grad * 2.0 for _ in op.inputs]


g = tf.get_default_graph()
x = tf.constant([1.0, 2.0])
with g.gradient_override_map({"Square": "DoubleGrad4"}):
    a = tf.square(x)
    with g.gradient_override_map({"Square": "Identity"}):
        b = tf.square(x)
    c = tf.square(x)
d = tf.square(x)
print([t.op.node_def.attr["_gradient_op_type"].s if "_gradient_op_type" in t.op.node_def.attr else None for t in (a, b, c, d)])
with g.gradient_override_map({"Square": "NoSuchGrad4"}):
    e = tf.square(x)
with g.gradient_override_map({"Add": "DoubleGrad4"}):
    f = x + x
with tf.Session() as sess:
    print([rnd(sess.run(tf.gradients(t, x)[0]), 3) for t in (a, b, c, d, f)])
try:
    tf.gradients(e, x)
except LookupError as err:
    print(type(err).__name__, "NoSuchGrad4" in str(err))
print(sorted(n for n in ["DoubleGrad4"]), tf.NotDifferentiable is not None)
tf.NotDifferentiable("MyUnusedOp4")
