# as_graph_def node fields, attr keys, versions.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    c = tf.constant([[1.0], [2.0], [3.0]], name="c")
    with tf.device("/cpu:0"):
        y = tf.matmul(x, c, name="y", transpose_b=False)
    z = tf.identity(y, name="z")
    with tf.control_dependencies([z]):
        n = tf.no_op(name="n")
gd = g.as_graph_def()
print(type(gd).__name__, gd.versions.producer > 0)
for node in gd.node:
    print(node.name, node.op, list(node.input), repr(node.device), sorted(node.attr.keys()))
print(gd.node[0].attr["dtype"].type, gd.node[0].attr["shape"].shape.dim[0].size, gd.node[0].attr["shape"].shape.dim[1].size)
cn = [n for n in gd.node if n.name == "c"][0]
print(cn.attr["value"].tensor.dtype, [d.size for d in cn.attr["value"].tensor.tensor_shape.dim])
print(rnd(tf.make_ndarray(cn.attr["value"].tensor)))
yn = [n for n in gd.node if n.name == "y"][0]
print(yn.attr["transpose_a"].b, yn.attr["T"].type)
print(g.graph_def_versions.producer == gd.versions.producer)
gd2 = g.as_graph_def(from_version=0)
print(len(gd2.node))
print(len(gd.SerializeToString()) > 0)
