# as_graph_def(add_shapes=True) adds _output_shapes; plain export does not.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    p = tf.placeholder(tf.float32, [None, 3], name="p")
    q = tf.placeholder(tf.int32, name="q")
    s = tf.split(p, 3, axis=1, name="s")
    n = tf.no_op(name="n")
    r = tf.reduce_sum(p, name="r")
for flag in (False, True):
    gd = g.as_graph_def(add_shapes=flag)
    for node in gd.node:
        print(flag, node.name, "_output_shapes" in node.attr,
              len(node.attr["_output_shapes"].list.shape) if "_output_shapes" in node.attr else "-")
gd = g.as_graph_def(add_shapes=True)
nodes = {nd.name: nd for nd in gd.node}
for sh in nodes["p"].attr["_output_shapes"].list.shape:
    print([d.size for d in sh.dim], sh.unknown_rank)
for sh in nodes["q"].attr["_output_shapes"].list.shape:
    print([d.size for d in sh.dim], sh.unknown_rank)
for sh in nodes["s"].attr["_output_shapes"].list.shape:
    print([d.size for d in sh.dim])
print([d.size for d in nodes["r"].attr["_output_shapes"].list.shape[0].dim])
print(sorted(nodes["p"].attr.keys()))
print("_output_shapes" in g.get_operation_by_name("p").node_def.attr)
with tf.Graph().as_default() as h:
    tf.import_graph_def(gd, name="")
    print(h.get_tensor_by_name("p:0").shape, h.get_tensor_by_name("s:2").shape)
