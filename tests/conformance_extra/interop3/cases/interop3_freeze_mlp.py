# convert_variables_to_constants on an MLP: ops after freezing, kept names, values.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0, -1.0], [0.5, 2.0]], name="w")
    b = tf.Variable([0.1, 0.2], name="b")
    y = tf.nn.relu(tf.matmul(x, w) + b, name="y")
    z = tf.reduce_max(y, axis=1, name="z")
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        frozen = tf.graph_util.convert_variables_to_constants(s, g.as_graph_def(), ["y", "z"])
print(sorted((n.name, n.op) for n in frozen.node))
consts = {n.name: tf.make_ndarray(n.attr["value"].tensor).tolist() for n in frozen.node if n.op == "Const"}
print(consts)
with tf.Graph().as_default():
    y2, z2 = tf.import_graph_def(frozen, return_elements=["y:0", "z:0"], name="")
    with tf.Session() as s:
        print(s.run([y2, z2], {"x:0": [[1.0, 2.0], [-1.0, 0.0]]}))
