# export_meta_graph + import_meta_graph into a fresh graph and restoring
# the values; collections and names survive.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, shape=[2], name="x")
    w = tf.Variable([2.0, 3.0], name="w")
    y = tf.multiply(x, w, name="y")
    tf.add_to_collection("outputs", y)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(w.initializer)
        sess.run(w.assign([4.0, 5.0]))
        saver.save(sess, "mg", write_meta_graph=False)
    mg = saver.export_meta_graph("mg.meta")
    print(type(mg).__name__, os.path.exists("mg.meta"))
with tf.Graph().as_default() as g:
    new_saver = tf.train.import_meta_graph("mg.meta")
    print(type(new_saver).__name__)
    y = tf.get_collection("outputs")[0]
    print(y.name, y.shape)
    print([v.name for v in tf.global_variables()])
    print([v.name for v in tf.trainable_variables()])
    with tf.Session() as sess:
        new_saver.restore(sess, "mg")
        print(sess.run(y, {"x:0": [1.0, 10.0]}).tolist())
with tf.Graph().as_default():
    s = tf.train.import_meta_graph("mg.meta", import_scope="imp")
    print([v.name for v in tf.global_variables()])
    print(tf.get_collection("outputs")[0].name)
