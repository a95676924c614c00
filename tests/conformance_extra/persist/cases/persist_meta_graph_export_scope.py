# export_meta_graph(export_scope=...) strips the scope; collection_list restricts collections.
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

with tf.Graph().as_default() as g:
    with tf.name_scope("keep"):
        a = tf.Variable(2.0, name="a")
        b = tf.multiply(a, 3.0, name="b")
    with tf.name_scope("drop"):
        c = tf.constant(1.0, name="c")
    tf.add_to_collection("outs", b)
    tf.add_to_collection("outs2", c)
    mg = tf.train.export_meta_graph(export_scope="keep")
    print(sorted(n.name for n in mg.graph_def.node))
    print(sorted(mg.collection_def.keys()))
    print(list(mg.collection_def["outs"].node_list.value))
    mg2 = tf.train.export_meta_graph(collection_list=["outs2"])
    print(sorted(mg2.collection_def.keys()))
    mg3 = tf.train.export_meta_graph(collection_list=[])
    print(sorted(mg3.collection_def.keys()), mg3.HasField("saver_def"))
with tf.Graph().as_default() as g2:
    tf.train.import_meta_graph(mg, import_scope="re")
    print(sorted(op.name for op in g2.get_operations()))
    print([t.name for t in tf.get_collection("outs")], [v.name for v in tf.global_variables()])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run("re/b:0")))
