# remove_training_nodes drops CheckNumerics, splices Identity/StopGradient, keeps control and colocation edges.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant([1.0], name="a")
    i1 = tf.identity(a, name="i1")
    i2 = tf.identity(i1, name="i2")
    cn = tf.debugging.check_numerics(i2, "msg", name="cn")
    n = tf.no_op(name="n")
    with tf.control_dependencies([n]):
        i3 = tf.identity(i2, name="i3")
    out = tf.multiply(i3, 2.0, name="out")
    sg = tf.stop_gradient(out, name="sg")
    with tf.control_dependencies([i1]):
        last = tf.add(sg, 1.0, name="last")
gd = g.as_graph_def()
for protected in (None, ["i2"], ["out"]):
    r = tf.graph_util.remove_training_nodes(gd, protected_nodes=protected)
    print(protected, [(nd.name, list(nd.input)) for nd in r.node])
g2 = tf.Graph()
with g2.as_default():
    a = tf.constant([1.0], name="a")
    with tf.colocate_with(a):
        i1 = tf.identity(a, name="i1")
    i2 = tf.identity(i1, name="i2")
    i3 = tf.identity(i2, name="i3")
    with tf.colocate_with(i2):
        i4 = tf.identity(i3, name="i4")
    n = tf.no_op(name="n")
    with tf.control_dependencies([i3, n]):
        last = tf.multiply(i4, 2.0, name="last")
gd2 = g2.as_graph_def()
r = tf.graph_util.remove_training_nodes(gd2)
print([(nd.name, list(nd.input)) for nd in r.node])
with tf.Graph().as_default():
    tf.import_graph_def(r, name="")
    with tf.Session() as s:
        print(s.run("last:0"))
