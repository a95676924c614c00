# A small MLP's GraphDef: node names, ops, inputs and the attr keys TF writes for each.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 4], name="x")
    w = tf.constant(np.ones((4, 3), np.float32), name="w")
    b = tf.constant(np.zeros(3, np.float32), name="b")
    h = tf.nn.relu(tf.matmul(x, w) + b, name="h")
    p = tf.nn.softmax(h, name="p")
gd = g.as_graph_def()
for n in gd.node:
    print(n.name, n.op, list(n.input), sorted(n.attr.keys()))
print(gd.node[3].attr["transpose_a"].b, gd.node[3].attr["T"].type, gd.node[0].attr["dtype"].type)
print(len(gd.library.function), gd.versions.min_consumer)
