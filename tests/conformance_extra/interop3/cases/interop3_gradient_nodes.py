# tf.gradients nodes in a GraphDef: names under gradients/, ops, and their inputs.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [3], name="x")
    y = tf.reduce_sum(tf.square(x) * 3.0, name="y")
    gx, = tf.gradients(y, x)
gd = g.as_graph_def()
for n in gd.node:
    if n.name.startswith("gradients"):
        print(n.name, n.op, list(n.input))
print(gx.name)
