# as_graph_def(add_shapes=True) adds _output_shapes; node_def of single ops; from_version.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    s = tf.split(x, 3, axis=1, name="s")
    u = tf.unstack(tf.zeros([2, 4]), name="u")
    v1 = g.version
    r = tf.reduce_sum(x, axis=1, keepdims=True, name="r")
gd = g.as_graph_def(add_shapes=True)
for n in gd.node:
    shapes = [[d.size for d in sh.dim] if not sh.unknown_rank else None for sh in n.attr["_output_shapes"].list.shape]
    print(n.name, n.op, shapes)
print([n.name for n in g.as_graph_def(from_version=v1).node])
nd = r.op.node_def
print(type(nd).__name__, nd.name, nd.op, list(nd.input), sorted(nd.attr.keys()), nd.attr["keep_dims"].b)
print(s[0].op.get_attr("num_split"), u[0].op.get_attr("num"), u[0].op.get_attr("axis"))
