# import_graph_def of a graph with default variables: running the imported initializer and reads.
from prelude import tf, np, rnd

with tf.Graph().as_default() as g:
    v = tf.Variable([1.0, 2.0], name="v")
    y = tf.multiply(v, 3.0, name="y")
    inc = tf.assign_add(v, [1.0, 1.0], name="inc")
    print(type(inc).__name__, inc.name, inc.op.type)
    inc_name = inc.op.name
gd = g.as_graph_def()
with tf.Graph().as_default() as g2:
    res = tf.import_graph_def(gd, name="imp", return_elements=["v", "y:0", "v/Assign"])
    print([type(r).__name__ for r in res], [r.name for r in res])
    print(res[0].type, res[0].outputs[0].dtype.name, res[0].get_attr("shared_name"))
    print(tf.global_variables())
    with tf.Session() as sess:
        sess.run("imp/v/Assign")
        print(rnd(sess.run("imp/y:0")))
        sess.run("imp/" + inc_name)
        print(rnd(sess.run("imp/y:0")))
        print(sess.run("imp/v/IsInitialized/VarIsInitializedOp:0"))
with tf.Graph().as_default():
    tf.import_graph_def(gd, name="a")
    tf.import_graph_def(gd, name="b")
    with tf.Session() as sess:
        sess.run(["a/v/Assign", "b/v/Assign"])
        sess.run("a/" + inc_name)
        print(rnd(sess.run(["a/y:0", "b/y:0"])))
with tf.Graph().as_default():
    tf.import_graph_def(gd, name="c")
    with tf.Session() as sess:
        try:
            sess.run("c/y:0")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
