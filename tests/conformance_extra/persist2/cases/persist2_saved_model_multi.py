# SavedModelBuilder with two meta graphs (add_meta_graph), main_op, and loading each by tags.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
export_dir = os.path.join(tmp, "sm")
b = tf.saved_model.builder.SavedModelBuilder(export_dir)
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    out = tf.reduce_sum(v, name="out")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        b.add_meta_graph_and_variables(sess, ["train"])
    try:
        with tf.Session() as sess:
            b.add_meta_graph_and_variables(sess, ["again"])
    except Exception as e:  # noqa: BLE001
        print("twice", type(e).__name__)
with tf.Graph().as_default():
    v = tf.Variable([0.0, 0.0], name="v")
    out = tf.reduce_sum(v * 10.0, name="out")
    extra = tf.Variable(5.0, name="extra")  # not in checkpoint
    main = tf.group(extra.initializer, name="main_op")
    with tf.Session() as sess:
        b.add_meta_graph(["serve"], main_op=main)
b.save()
with tf.Graph().as_default():
    with tf.Session() as sess:
        tf.saved_model.loader.load(sess, ["train"], export_dir)
        print(rnd(sess.run("out:0")))
with tf.Graph().as_default():
    with tf.Session() as sess:
        try:
            tf.saved_model.loader.load(sess, ["serve"], export_dir)
            print(rnd(sess.run("out:0")), rnd(sess.run("extra:0")))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
