# Operation.node_def fields, inputs/outputs/control_inputs and values().
from prelude import tf, np

a = tf.constant([1.0, 2.0], name="a")
b = tf.constant([3.0, 4.0], name="b")
n = tf.no_op(name="n")
with tf.control_dependencies([n]):
    with tf.device("/cpu:0"):
        c = tf.add(a, b, name="c")
nd = c.op.node_def
print(nd.name, nd.op, list(nd.input), nd.device, sorted(nd.attr.keys()))
print(type(c.op.inputs).__name__, len(c.op.inputs), [t.name for t in c.op.inputs])
print([t.name for t in c.op.outputs], [o.name for o in c.op.control_inputs])
print(type(c.op.values()).__name__, [t.name for t in c.op.values()])
print(n.outputs, n.values(), n.inputs[:] if hasattr(n.inputs, "__getitem__") else None)
print(n.node_def.op, list(n.node_def.input), n.node_def.device == "")
print(c.op.inputs[0] is a, c.op.inputs[-1] is b)
s = tf.split(tf.constant([1, 2, 3, 4]), 2, name="s")
print(len(s[0].op.outputs), [t.value_index for t in s[0].op.outputs], s[1].op is s[0].op)
print(sorted(s[0].op.node_def.attr.keys()), s[0].op.get_attr("num_split"))
print(list(s[0].op.node_def.input))
print(c.op.num_inputs if hasattr(c.op, "num_inputs") else "-", len(c.op.outputs))
print(c.op.device, c.device, a.op.device == "")
print(str(a.op.node_def.attr["dtype"]).strip())
