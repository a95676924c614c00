# Loader and builder errors: unknown tags, missing dir, builder on existing dir, save twice, bad signatures.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "sm")
with tf.Graph().as_default():
    v = tf.Variable(1.0, name="v")
    b = tf.saved_model.builder.SavedModelBuilder(export_dir)
    try:
        b.add_meta_graph(["serve"])
    except Exception as e:  # noqa: BLE001
        print("meta first", type(e).__name__)
    with tf.Session() as sess:
        sess.run(v.initializer)
        b.add_meta_graph_and_variables(sess, ["serve"])
        try:
            b.add_meta_graph_and_variables(sess, ["serve2"])
        except Exception as e:  # noqa: BLE001
            print("twice", type(e).__name__)
        try:
            b.add_meta_graph(["x"], signature_def_map={"bad": "notasig"})
        except Exception as e:  # noqa: BLE001
            print("bad sig", type(e).__name__)
    b.save()
try:
    tf.saved_model.builder.SavedModelBuilder(export_dir)
except Exception as e:  # noqa: BLE001
    print("exists", type(e).__name__)
with tf.Graph().as_default():
    with tf.Session() as sess:
        try:
            tf.saved_model.loader.load(sess, ["nope"], export_dir)
        except Exception as e:  # noqa: BLE001
            print("tags", type(e).__name__)
        try:
            tf.saved_model.loader.load(sess, ["serve"], os.path.join(tmp, "missing"))
        except Exception as e:  # noqa: BLE001
            print("missing", type(e).__name__)
        mg = tf.saved_model.loader.load(sess, ["serve"], export_dir)
        print(rnd(sess.run(tf.global_variables()[0])), dict(mg.signature_def))
print(tf.saved_model.loader.maybe_saved_model_directory(os.path.join(tmp, "missing")))
