# convert_variables_to_constants with whitelist/blacklist: which variables become Const.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    a = tf.Variable([1.0, 2.0], name="a", use_resource=True)
    b = tf.Variable(3, name="b", use_resource=True)
    c = tf.Variable([[0.5]], name="c", use_resource=True)
    out = tf.add(a * tf.cast(b, tf.float32), tf.reshape(c, [1]), name="out")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        gd = g.as_graph_def()
        f1 = tf.graph_util.convert_variables_to_constants(sess, gd, ["out"], variable_names_whitelist=["a", "c"])
        f2 = tf.graph_util.convert_variables_to_constants(sess, gd, ["out"], variable_names_blacklist=["a"])
        f3 = tf.graph_util.convert_variables_to_constants(sess, gd, ["out"], variable_names_whitelist=["a"],
                                                         variable_names_blacklist=["a"])
        f4 = tf.graph_util.convert_variables_to_constants(sess, gd, ["out"], variable_names_whitelist=[])
for f in (f1, f2, f3, f4):
    print(sorted((n.name, n.op) for n in f.node if n.name in ("a", "b", "c", )))
nb = [n for n in f2.node if n.name == "b"][0]
print(sorted(nb.attr.keys()), nb.attr["dtype"].type, tf.make_ndarray(nb.attr["value"].tensor))
print(sorted((n.name, n.op, tuple(n.input)) for n in f2.node))
print(len(f1.node) == len(f2.node), f1.library == gd.library)
