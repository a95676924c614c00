# convert_variables_to_constants on graphs with default (resource) variables: node ops after freezing.
from prelude import tf, np, rnd

with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0], [2.0]], name="w")
    b = tf.get_variable("b", initializer=[0.5])
    y = tf.add(tf.matmul(x, w), b, name="y")
    unused = tf.Variable(9.0, name="unused")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        frozen = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["y"])
        frozen_wl = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["y"],
                                                                 variable_names_whitelist=["w"])
print(type(frozen).__name__)
for n in frozen.node:
    print(n.name, n.op, sorted(n.attr.keys()), list(n.input))
print([(n.name, n.op) for n in frozen_wl.node])
with tf.Graph().as_default():
    tf.import_graph_def(frozen, name="")
    with tf.Session() as sess:
        print(rnd(sess.run("y:0", {"x:0": [[1.0, 1.0], [2.0, 0.0]]})))
with tf.Graph().as_default():
    tf.import_graph_def(frozen_wl, name="f")
    with tf.Session() as sess:
        try:
            print(rnd(sess.run("f/y:0", {"f/x:0": [[1.0, 1.0]]})))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
