# export/import meta graph with devices on default variables; clear_devices on export and on import.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    with tf.device("/job:ps/task:0"):
        v = tf.Variable([1.0, 2.0], name="v")
    with tf.device("/cpu:0"):
        y = tf.identity(v, name="y")
    print(v.device, v.op.device, y.device)
    mg_keep = tf.train.export_meta_graph()
    mg_clear = tf.train.export_meta_graph(clear_devices=True)
print(sorted((n.name, n.device) for n in mg_keep.graph_def.node if n.device))
print(sorted((n.name, n.device) for n in mg_clear.graph_def.node if n.device))
with tf.Graph().as_default() as g:
    tf.train.import_meta_graph(mg_keep, import_scope="k")
    print(g.get_operation_by_name("k/v").device, g.get_operation_by_name("k/y").device)
with tf.Graph().as_default() as g:
    tf.train.import_meta_graph(mg_keep, clear_devices=True)
    print(sorted(o.name for o in g.get_operations() if o.device))
    v2 = tf.global_variables()[0]
    print(v2.name, repr(v2.device))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run("y:0")))
