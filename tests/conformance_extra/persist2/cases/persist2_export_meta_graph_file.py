# Saver.export_meta_graph / tf.train.export_meta_graph to files, as_text, collection_list, saver_def stored.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable([1, 2], name="v")
    tf.add_to_collection("extra", tf.constant(1.0, name="c"))
    s = tf.train.Saver()
    mg = s.export_meta_graph(os.path.join(tmp, "a.meta"))
    mg2 = tf.train.export_meta_graph(os.path.join(tmp, "b.meta"), as_text=True, collection_list=["variables"])
    mg3 = tf.train.export_meta_graph(saver_def=s.saver_def)
print(sorted(os.listdir(tmp)))
print(type(mg).__name__, mg.HasField("saver_def"), mg2.HasField("saver_def"), mg3.HasField("saver_def"))
print(mg.saver_def.filename_tensor_name, mg.saver_def.restore_op_name)
print(sorted(mg.collection_def.keys()), sorted(mg2.collection_def.keys()))
print(list(mg.collection_def["variables"].bytes_list.value) != [])
print(mg.meta_info_def.stripped_op_list.op and sorted(o.name for o in mg.meta_info_def.stripped_op_list.op))
with tf.Graph().as_default():
    s2 = tf.train.import_meta_graph(os.path.join(tmp, "b.meta"))
    print(type(s2).__name__, [v.name for v in tf.global_variables()], tf.get_collection("extra"))
with tf.Graph().as_default():
    s3 = tf.train.import_meta_graph(os.path.join(tmp, "a.meta"))
    print(s3.saver_def.restore_op_name, [t.name for t in tf.get_collection("extra")])
