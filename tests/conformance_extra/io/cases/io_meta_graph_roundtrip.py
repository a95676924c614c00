# export_meta_graph / import_meta_graph preserve collections.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0], [2.0]], name="w")
    y = tf.matmul(x, w, name="y")
    tf.add_to_collection("outputs", y)
    tf.add_to_collection("my_ops", y.op)
    tf.add_to_collection("nums", 3)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, os.path.join(tmp, "m"))
mg = tf.train.export_meta_graph(graph=g)
print(sorted(mg.collection_def.keys()))
print(type(mg).__name__)
stripped = sorted(o.name for o in mg.meta_info_def.stripped_op_list.op)
print([n for n in ["MatMul", "Placeholder", "SaveV2", "RestoreV2", "Const"] if n in stripped])
print(mg.graph_def.versions.producer > 0, len(mg.saver_def.filename_tensor_name) > 0)
print(mg.collection_def["outputs"].node_list.value)
print(mg.collection_def["nums"].int64_list.value)

g2 = tf.Graph()
with g2.as_default():
    s2 = tf.train.import_meta_graph(path + ".meta")
    print(type(s2).__name__)
    print([t.name for t in tf.get_collection("outputs")])
    print([o.name for o in tf.get_collection("my_ops")])
    print(tf.get_collection("nums"))
    print([v.name for v in tf.global_variables()])
    print([v.name for v in tf.trainable_variables()])
    with tf.Session() as sess:
        s2.restore(sess, path)
        out = sess.run("y:0", {"x:0": [[1.0, 1.0]]})
        print(rnd(out))
