# GraphDef of a ref-variable graph: node attrs, ref dtypes in inputs, import_graph_def round trip.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

v = tf.Variable([1.0, 2.0], name="v")
a = tf.assign_add(v, [1.0, 1.0], name="a")
s = tf.reduce_sum(v, name="s")
gd = tf.get_default_graph().as_graph_def()
for n in gd.node:
    print(n.name, n.op, list(n.input), sorted(n.attr.keys()))
print([o.dtype for o in v.op.outputs], a.op.inputs[0].dtype, a.op.inputs[0].dtype.base_dtype, a.op.inputs[0].dtype._is_ref_dtype)
g2 = tf.Graph()
with g2.as_default():
    tf.import_graph_def(gd, name="imp")
    print([op.name for op in g2.get_operations()])
    print(g2.get_tensor_by_name("imp/v:0").dtype, g2.get_operation_by_name("imp/a").type)
    with tf.Session() as sess:
        sess.run("imp/v/Assign")
        print(sess.run("imp/a:0").tolist(), sess.run("imp/s:0"))
