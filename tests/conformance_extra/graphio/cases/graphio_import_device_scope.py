# import_graph_def under tf.device, colocate_with and control_dependencies of the caller.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    with tf.device("/cpu:0"):
        b = tf.identity(a, name="b")
    c = tf.add(a, b, name="c")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    with tf.device("/job:ps/task:1"):
        tf.import_graph_def(gd, name="d1")
    with tf.device("/gpu:0"):
        tf.import_graph_def(gd, name="d2")
    n = tf.no_op(name="n")
    with tf.control_dependencies([n]):
        tf.import_graph_def(gd, name="c1")
    for op in h.get_operations():
        print(op.name, repr(op.device), [o.name for o in op.control_inputs])
