# Op names and types a default variable creates, and what each read method adds.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
print([(o.name, o.type) for o in tf.get_default_graph().get_operations()])
n0 = len(tf.get_default_graph().get_operations())
x = v.value()
print(x.name, x.op.type, x.dtype.name, x.shape)
y = v.read_value()
print(y.name, y.op.type, y.op.inputs[0].name)
z = v + 1
print(z.name, z.op.inputs[0].name, z.op.inputs[0].op.type)
w = tf.identity(v)
print(w.name, w.op.inputs[0].name)
t = tf.convert_to_tensor(v)
print(t.name, t.op.type)
print([(o.name, o.type) for o in tf.get_default_graph().get_operations()[n0:]])
print(v._graph_element.name if hasattr(v, "_graph_element") else None)
print(v.initial_value.name, v.initializer.inputs[0].name, v.initializer.inputs[1].name)
