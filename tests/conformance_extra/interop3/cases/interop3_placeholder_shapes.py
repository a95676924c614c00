# Placeholder shape attrs (unknown dims, unknown rank) and add_shapes' _output_shapes.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.placeholder(tf.float32, [None, 3], name="a")
    b = tf.placeholder(tf.int64, None, name="b")
    c = tf.placeholder(tf.string, [], name="c")
    d = tf.placeholder_with_default(tf.constant([1, 2]), [None], name="d")
    s = tf.shape(a, name="s")
for n in g.as_graph_def().node:
    if "shape" in n.attr:
        sh = n.attr["shape"].shape
        print(n.name, sh.unknown_rank, [dim.size for dim in sh.dim])
gd = g.as_graph_def(add_shapes=True)
for n in gd.node:
    shapes = n.attr["_output_shapes"].list.shape
    print(n.name, [(s.unknown_rank, [dd.size for dd in s.dim]) for s in shapes])
