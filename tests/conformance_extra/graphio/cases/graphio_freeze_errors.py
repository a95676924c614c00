# convert_variables_to_constants / extract_sub_graph with bad output names and types.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.Variable(1.0, name="v", use_resource=True)
    y = tf.identity(v, name="y")
    with tf.Session() as sess:
        sess.run(v.initializer)
        gd = g.as_graph_def()
        for label, names in [("missing", ["nope"]), ("tensor_name", ["y:0"]), ("string", "y"), ("empty", [])]:
            try:
                f = tf.graph_util.convert_variables_to_constants(sess, gd, names)
                print(label, "ok", sorted(n.name for n in f.node))
            except Exception as e:
                print(label, type(e).__name__)
    for label, names in [("tensor_name", ["y:0"]), ("ctrl", ["^y"]), ("tuple", ("y",))]:
        try:
            f = tf.graph_util.extract_sub_graph(gd, names)
            print(label, "ok", sorted(n.name for n in f.node))
        except Exception as e:
            print(label, type(e).__name__)
    try:
        tf.graph_util.extract_sub_graph(g, ["y"])
    except Exception as e:
        print("graph_not_def", type(e).__name__)
with tf.Graph().as_default():
    with tf.Session() as sess2:
        try:
            tf.graph_util.convert_variables_to_constants(sess2, gd, ["y"])
        except Exception as e:
            print("other_session", type(e).__name__)
