# import_meta_graph with import_scope and export_meta_graph with export_scope on default variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("net"):
        w = tf.get_variable("w", initializer=[1.0, 2.0])
        out = tf.multiply(w, 2.0, name="out")
    other = tf.Variable(3.0, name="other")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, os.path.join(tmp, "m"))
    mg = tf.train.export_meta_graph()
    mg_net = tf.train.export_meta_graph(export_scope="net")
print(sorted(n.name for n in mg_net.graph_def.node))
print(sorted(mg_net.collection_def.keys()))
with tf.Graph().as_default() as g:
    s = tf.train.import_meta_graph(mg, import_scope="imp")
    print(type(s).__name__)
    print([v.name for v in tf.global_variables()])
    print(sorted(o.name for o in g.get_operations() if o.type == "VarHandleOp"))
    print(g.get_operation_by_name("imp/net/w").get_attr("shared_name"))
    with tf.Session() as sess:
        try:
            s.restore(sess, p)
            print(rnd(sess.run("imp/net/out:0")))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
    s_new = tf.train.Saver({"net/w": tf.global_variables()[0]})
    with tf.Session() as sess:
        s_new.restore(sess, p)
        print(rnd(sess.run("imp/net/out:0")))
with tf.Graph().as_default() as g:
    tf.Variable(0.0, name="first")
    tf.train.import_meta_graph(mg_net, import_scope="again")
    print([v.name for v in tf.global_variables()])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run("again/out:0")))
