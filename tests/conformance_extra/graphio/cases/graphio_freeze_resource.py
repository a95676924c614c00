# convert_variables_to_constants with resource variables: VarHandleOp/ReadVariableOp rewritten.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    v = tf.get_variable("v", initializer=[2.0, 3.0], use_resource=True)
    y = tf.multiply(x, v, name="y")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        frozen = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["y"])
for n in frozen.node:
    print(n.name, n.op, list(n.input), sorted(k for k in n.attr.keys() if not k.startswith("_")))
with tf.Graph().as_default():
    tf.import_graph_def(frozen, name="")
    with tf.Session() as sess:
        print(rnd(sess.run("y:0", {"x:0": [1.0, 2.0]})))
