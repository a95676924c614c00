# Text form of tiny GraphDefs: placeholder, const, identity, no_op with control input.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    c = tf.constant(3, name="c")
    y = tf.identity(x, name="y")
    with tf.control_dependencies([y, c]):
        n = tf.no_op(name="n")
gd = g.as_graph_def()
for node in gd.node:
    print(str(node).strip())
    print("--")
print(gd.HasField("versions"), gd.versions.producer > 0, list(gd.versions.bad_consumers))
print(len(gd.library.function))
