# Device fields and colocation (_class) attrs in a GraphDef, and what import keeps or clears.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    with tf.device("/job:worker/task:1/cpu:0"):
        a = tf.constant(1.0, name="a")
    with tf.device("/gpu:0"):
        b = tf.add(a, 1.0, name="b")
    with tf.colocate_with(a):
        c = tf.identity(b, name="c")
gd = g.as_graph_def()
for n in gd.node:
    print(n.name, repr(n.device), [x.decode() for x in n.attr["_class"].list.s])
with tf.Graph().as_default() as h:
    with tf.device("/cpu:1"):
        tf.import_graph_def(gd, name="i")
    print([(o.name, o.device) for o in h.get_operations()])
mg = tf.train.export_meta_graph(graph=g, clear_devices=True)
print([(n.name, n.device) for n in mg.graph_def.node])
