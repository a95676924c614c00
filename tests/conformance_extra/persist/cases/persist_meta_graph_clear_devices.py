# export/import with devices: clear_devices on export and on import, meta_info_def fields.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    with tf.device("/job:worker/task:1/device:CPU:0"):
        v = tf.Variable(1.0, name="v")
        out = tf.multiply(v, 2.0, name="out")
    mg = tf.train.export_meta_graph(os.path.join(tmp, "dev.meta"))
    mg_clear = tf.train.export_meta_graph(clear_devices=True)
print(sorted(set(n.device for n in mg.graph_def.node)))
print(sorted(set(n.device for n in mg_clear.graph_def.node)))
print(mg.meta_info_def.tensorflow_version != "", mg.meta_info_def.any_info.type_url)
print(sorted(mg.collection_def.keys()))
print(len(mg.collection_def["variables"].bytes_list.value), len(mg.collection_def["trainable_variables"].bytes_list.value))
with tf.Graph().as_default() as g2:
    tf.train.import_meta_graph(os.path.join(tmp, "dev.meta"), clear_devices=True)
    print(g2.get_operation_by_name("out").device, g2.get_operation_by_name("v").device)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run("out:0")))
with tf.Graph().as_default() as g3:
    tf.train.import_meta_graph(os.path.join(tmp, "dev.meta"))
    print(g3.get_operation_by_name("out").device)
