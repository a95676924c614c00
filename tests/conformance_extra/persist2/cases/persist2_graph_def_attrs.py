# as_graph_def of default variables: node op types, inputs and attrs (dtype, shape, shared_name, container).
from prelude import tf, np, rnd

with tf.Graph().as_default() as g:
    v = tf.Variable([[1, 2]], name="v")
    with tf.variable_scope("sc"):
        u = tf.get_variable("u", shape=[3], dtype=tf.float64, initializer=tf.ones_initializer())
    r = v + 1
    a = v.assign([[5, 6]])
gd = g.as_graph_def()
for n in gd.node:
    print(n.name, n.op, list(n.input))
byname = {n.name: n for n in gd.node}
h = byname["v"]
print(sorted(h.attr.keys()))
print(tf.as_dtype(h.attr["dtype"].type).name, [d.size for d in h.attr["shape"].shape.dim], h.attr["shared_name"].s,
      h.attr["container"].s)
hu = byname["sc/u"]
print(hu.attr["shared_name"].s, tf.as_dtype(hu.attr["dtype"].type).name)
rd = byname["v/Read/ReadVariableOp"]
print(sorted(rd.attr.keys()), tf.as_dtype(rd.attr["dtype"].type).name)
asg = byname["v/Assign"]
print(asg.op, sorted(asg.attr.keys()))
print(v.op.get_attr("shared_name"), v.op.get_attr("dtype"), v.op.get_attr("shape"))
print(v.handle.name, v.handle.dtype.name, v.handle.shape.as_list(), v.value().name, v.read_value().name)
