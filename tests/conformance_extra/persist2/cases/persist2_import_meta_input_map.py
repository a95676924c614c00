# import_meta_graph with input_map and return_elements, on a graph with default variables.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    v = tf.Variable([1.0, 1.0], name="v")
    y = tf.add(x, v, name="y")
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(v.initializer)
        sess.run(v.assign([10.0, 20.0]))
        p = s.save(sess, os.path.join(tmp, "m"))
with tf.Graph().as_default():
    z = tf.constant([1.0, 2.0], name="z")
    s2, = [tf.train.import_meta_graph(p + ".meta", input_map={"x:0": z})]
    with tf.Session() as sess:
        s2.restore(sess, p)
        print(rnd(sess.run("y:0")))
with tf.Graph().as_default():
    res = tf.train.import_meta_graph(p + ".meta", return_elements=["y:0", "v"])
    print(type(res).__name__)
    with tf.Session() as sess:
        res.restore(sess, p)
        print(rnd(sess.run("y:0", {"x:0": [0.0, 1.0]})))
