# gradient_override_map: _gradient_op_type attr, scoping, nesting, errors, effect on tf.gradients.
from prelude import tf, np

@tf.RegisterGradient("Graph2DoubleGrad")
def _double(op, grad):
    return grad * 2.0

g = tf.get_default_graph()
x = tf.constant(3.0, name="x")
with g.gradient_override_map({"Identity": "Graph2DoubleGrad"}):
    y = tf.identity(x, name="y")
    y2 = tf.square(x, name="y2")
    with g.gradient_override_map({"Identity": "Identity"}):
        y3 = tf.identity(x, name="y3")
    y4 = tf.identity(x, name="y4")
y5 = tf.identity(x, name="y5")
for t in (y, y2, y3, y4, y5):
    try:
        print(t.op.name, t.op.get_attr("_gradient_op_type"))
    except Exception as e:
        print(t.op.name, type(e).__name__)
print(sorted(y.op.node_def.attr.keys()))
gs = tf.gradients([y, y3, y4, y5], [x])
with tf.Session() as s:
    print(s.run(gs))
    print(s.run(tf.gradients(y, x)), s.run(tf.gradients(y3, x)))
for bad in [{"Identity": 3}, {1: "x"}]:
    try:
        with g.gradient_override_map(bad):
            pass
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.RegisterGradient("Graph2DoubleGrad")(_double)
except Exception as e:
    print(type(e).__name__)
try:
    tf.RegisterGradient(5)
except Exception as e:
    print(type(e).__name__)
