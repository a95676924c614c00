# graph_util.convert_variables_to_constants freezes variables.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0], [2.0]], name="w")
    bias = tf.Variable([0.5], name="bias")
    y = tf.add(tf.matmul(x, w), bias, name="y")
    unused = tf.Variable(1.0, name="unused")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        frozen = tf.graph_util.convert_variables_to_constants(
            sess, g.as_graph_def(), ["y"])
        frozen2 = tf.graph_util.convert_variables_to_constants(
            sess, g.as_graph_def(), ["y"], variable_names_blacklist=["bias"])
ops = {n.name: n.op for n in frozen.node}
print([(k, ops[k]) for k in ["bias", "w", "x", "y"]], "unused" in ops)
print(any("Variable" in op or op == "VarHandleOp" for op in ops.values()))
print(sorted(n.op for n in frozen2.node if n.name.startswith("bias")) != [])
g2 = tf.Graph()
with g2.as_default():
    tf.import_graph_def(frozen, name="")
    with tf.Session() as sess:
        print(rnd(sess.run("y:0", {"x:0": [[1.0, 1.0], [2.0, 0.0]]})))
wn = [n for n in frozen.node if n.name == "w"][0]
print(sorted(wn.attr.keys()), rnd(tf.make_ndarray(wn.attr["value"].tensor)))
