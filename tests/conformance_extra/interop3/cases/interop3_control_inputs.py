# Control inputs in a GraphDef (^name, sorted), input_map of "^op" keys, and return ops.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.constant(1.0, name="v")
    n1 = tf.no_op(name="z_op")
    n2 = tf.no_op(name="a_op")
    with tf.control_dependencies([n1, n2]):
        w = tf.identity(v, name="w")
gd = g.as_graph_def()
print([list(n.input) for n in gd.node if n.name == "w"])
with tf.Graph().as_default() as h:
    other = tf.constant(5.0, name="other")
    w2, = tf.import_graph_def(gd, input_map={"^z_op": other}, return_elements=["w"], name="i")
    print(w2.name, w2.type, sorted(o.name for o in w2.control_inputs))
