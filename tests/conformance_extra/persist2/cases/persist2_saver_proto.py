# Saver.to_proto / from_proto and the SAVERS collection round trip through a meta graph.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    v = tf.Variable(1.0, name="v")
    s = tf.train.Saver(max_to_keep=4)
    tf.add_to_collection(tf.GraphKeys.SAVERS, s)
    pr = s.to_proto()
    print(type(pr).__name__, pr.max_to_keep, pr.filename_tensor_name)
    s2 = tf.train.Saver.from_proto(pr)
    print(type(s2).__name__, s2.saver_def.restore_op_name)
    mg = tf.train.export_meta_graph()
print(sorted(mg.collection_def.keys()))
print(len(mg.collection_def["savers"].bytes_list.value))
with tf.Graph().as_default():
    s3 = tf.train.import_meta_graph(mg)
    savers = tf.get_collection(tf.GraphKeys.SAVERS)
    print(type(s3).__name__, len(savers), [type(x).__name__ for x in savers], savers[0].saver_def.max_to_keep)
with tf.Graph().as_default():
    tf.train.import_meta_graph(mg, import_scope="imp")
    sv = tf.get_collection(tf.GraphKeys.SAVERS)[0]
    print(sv.saver_def.filename_tensor_name, sv.saver_def.save_tensor_name, sv.saver_def.restore_op_name)
    mg2 = tf.train.export_meta_graph(export_scope="imp")
    print(len(mg2.collection_def["savers"].bytes_list.value))
    d = tf.train.SaverDef()
    d.ParseFromString(mg2.collection_def["savers"].bytes_list.value[0])
    print(d.filename_tensor_name, d.restore_op_name)
