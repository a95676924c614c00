# add_shapes=True on ops with unknown rank, partial shapes, scalars, string and multi-output.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    p = tf.placeholder(tf.string, None, name="p")
    q = tf.placeholder(tf.float32, [None, None, 4], name="q")
    sh = tf.shape(q, name="sh")
    u = tf.unique(tf.constant([1, 2, 2]), name="u")
    c = tf.constant([], dtype=tf.int64, name="c")
    r = tf.reshape(q, [-1], name="r")
    s = tf.constant("hi", name="s")
gd = g.as_graph_def(add_shapes=True)
for node in gd.node:
    shapes = node.attr["_output_shapes"].list.shape
    print(node.name, [("?" if x.unknown_rank else [d.size for d in x.dim]) for x in shapes])
print(str(gd.node[0].attr["_output_shapes"]).strip())
print(str([n for n in gd.node if n.name == "s"][0].attr["_output_shapes"]).strip())
