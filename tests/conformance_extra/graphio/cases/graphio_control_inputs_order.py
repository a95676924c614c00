# node_def.input lists data inputs first, then '^ctrl'; duplicates and data-covered controls.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    n1 = tf.no_op(name="n1")
    n2 = tf.no_op(name="n2")
    with tf.control_dependencies([n2, n1, n2]):
        s = tf.add(a, b, name="s")
    with tf.control_dependencies([a]):
        t = tf.identity(a, name="t")
        u = tf.identity(b, name="u")
    with tf.control_dependencies([s.op]):
        with tf.control_dependencies(None):
            v = tf.identity(b, name="v")
        w = tf.identity(b, name="w")
    sp = tf.split(tf.constant([1, 2, 3, 4]), 2, name="sp")
    with tf.control_dependencies([sp[1]]):
        z = tf.add(sp[1], sp[0], name="z")
    s.op._add_control_input(w.op)
gd = g.as_graph_def()
for node in gd.node:
    print(node.name, list(node.input))
print([o.name for o in s.op.control_inputs], [o.name for o in t.op.control_inputs])
print([o.name for o in w.op._control_outputs] if hasattr(w.op, "_control_outputs") else "-")
