# export/import_meta_graph with clear_devices and import_scope.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

d = os.getcwd()
g = tf.Graph()
with g.as_default():
    with tf.device("/job:ps/cpu:0"):
        v = tf.Variable([1.0, 2.0], name="v")
    out = tf.multiply(v, 2.0, name="out")
    tf.add_to_collection("mine", out)
    tf.add_to_collection("names", "hello")
    sv = tf.train.Saver()
    mg = tf.train.export_meta_graph(os.path.join(d, "m.meta"), clear_devices=True)
    print("keys", sorted(mg.collection_def.keys()))
    print("devs", sorted(set(n.device for n in mg.graph_def.node)))
    print("tags", list(mg.meta_info_def.tags), mg.meta_info_def.stripped_op_list.op[0].name if mg.meta_info_def.stripped_op_list.op else None)
    print("saver", mg.saver_def.filename_tensor_name)
    mg2 = tf.train.export_meta_graph(clear_devices=False)
    print("devs2", sorted(set(n.device for n in mg2.graph_def.node))[:3])
g2 = tf.Graph()
with g2.as_default():
    s2 = tf.train.import_meta_graph(os.path.join(d, "m.meta"), import_scope="sc")
    print(type(s2).__name__, [x.name for x in tf.get_collection("mine")], tf.get_collection("names"))
    print([x.name for x in tf.global_variables()], tf.global_variables()[0].device)
    print(s2.saver_def.restore_op_name, s2.saver_def.filename_tensor_name)
g3 = tf.Graph()
with g3.as_default():
    s3 = tf.train.import_meta_graph(mg2, clear_devices=True)
    print([x.op.device for x in tf.global_variables()], [x.name for x in tf.get_collection("mine")])
    t("scope_none", lambda: [o.name for o in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)])
g4 = tf.Graph()
with g4.as_default():
    tf.constant(1)
    t("no_saver", lambda: tf.train.import_meta_graph(tf.train.export_meta_graph()))
    t("missing_file", lambda: tf.train.import_meta_graph(os.path.join(d, "nope.meta")))
