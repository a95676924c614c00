# graph_util.must_run_on_cpu and tensor_shape_from_node_def_name.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    s = tf.constant("str", name="s")
    i = tf.constant(1, name="i")
    f = tf.constant(1.0, name="f")
    with tf.device("/gpu:0"):
        gi = tf.identity(i, name="gi")
    pl = tf.placeholder(tf.int32, [], name="pl")
    sh = tf.shape(x, name="sh")
    sp = tf.split(x, 3, axis=1, name="sp")
for name in ["x", "s", "i", "f", "gi", "pl", "sh", "sp"]:
    op = g.get_operation_by_name(name)
    print(name, tf.graph_util.must_run_on_cpu(op), tf.graph_util.must_run_on_cpu(op.node_def))
for name in ["x", "x:0", "sp:2", "sh"]:
    print(name, tf.graph_util.tensor_shape_from_node_def_name(g, name))
try:
    tf.graph_util.tensor_shape_from_node_def_name(g, "nope")
except Exception as e:
    print(type(e).__name__)
