# _class attr and colocation of variable ops, initializers and reads; node_def attr '_class' in GraphDef.
from prelude import tf, np, rnd

v = tf.Variable(tf.zeros([2]), name="v")
w = tf.get_variable("w", [3], initializer=tf.ones_initializer())
x = tf.Variable(5, name="x", use_resource=False)
g = tf.get_default_graph()
for op in g.get_operations():
    try:
        cls = [c.decode() for c in op.get_attr("_class")]
    except ValueError as err:
        cls = type(err).__name__
    print(op.name, op.type, cls, [c.decode() for c in op.colocation_groups()])
gd = g.as_graph_def()
for n in gd.node:
    if "_class" in n.attr:
        print("node", n.name, [s.decode() for s in n.attr["_class"].list.s])
print(v.initializer.name, v.initializer.type, w.initializer.name, x.initializer.type)
print(v.initial_value.op.name, w.initial_value.op.name)
