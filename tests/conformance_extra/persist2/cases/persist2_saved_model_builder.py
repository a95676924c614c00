# SavedModelBuilder + loader.load with default variables: signature defs, restored variables, collections.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "sm")
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.get_variable("w", initializer=tf.constant([[2.0], [3.0]]))
    counter = tf.Variable(0, name="counter", trainable=False)
    y = tf.matmul(x, w, name="y")
    sig = tf.saved_model.signature_def_utils.predict_signature_def(inputs={"x": x}, outputs={"y": y})
    b = tf.saved_model.builder.SavedModelBuilder(export_dir)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(w.assign([[4.0], [5.0]]))
        sess.run(counter.assign(7))
        b.add_meta_graph_and_variables(sess, [tf.saved_model.tag_constants.SERVING],
                                       signature_def_map={"pred": sig})
    out = b.save()
print(os.path.basename(out), sorted(os.listdir(export_dir)), sorted(os.listdir(os.path.join(export_dir, "variables"))))
print(tf.train.list_variables(os.path.join(export_dir, "variables", "variables")))
with tf.Graph().as_default() as g:
    with tf.Session() as sess:
        mg = tf.saved_model.loader.load(sess, ["serve"], export_dir)
        print(sorted(mg.signature_def.keys()), mg.signature_def["pred"].method_name)
        print({k: v.name for k, v in mg.signature_def["pred"].inputs.items()})
        print([(v.name, v.op.type) for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
        print(rnd(sess.run("y:0", {"x:0": [[1.0, 1.0]]})), sess.run("counter/Read/ReadVariableOp:0"))
        print(sorted(k for k in g.get_all_collection_keys()))
        print(sess.run(tf.report_uninitialized_variables()).tolist())
for tags in (["train"], []):
    with tf.Graph().as_default():
        with tf.Session() as sess:
            try:
                tf.saved_model.loader.load(sess, tags, export_dir)
                print("loaded")
            except Exception as e:  # noqa: BLE001
                print(type(e).__name__)
