# export_meta_graph / import_meta_graph with collections, then restore and continue training.
import os, tempfile
from prelude import tf, np, rnd
tf.disable_v2_behavior()

d = tempfile.mkdtemp()
g1 = tf.Graph()
with g1.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[0.1], [0.2]], name="w")
    y = tf.matmul(x, w, name="y")
    loss = tf.reduce_mean(tf.square(y - 1.0), name="loss")
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, name="train")
    tf.add_to_collection("train_op", train)
    tf.add_to_collection("outputs", y)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train, {x: [[1.0, 2.0]]})
        path = saver.save(sess, os.path.join(d, "m"))
    n1 = len(g1.get_operations())
g2 = tf.Graph()
with g2.as_default():
    s2 = tf.train.import_meta_graph(path + ".meta")
    print(len(g2.get_operations()) == n1, type(s2).__name__)
    print(sorted(k for k in g2.get_all_collection_keys()))
    tr = tf.get_collection("train_op")[0]
    out = tf.get_collection("outputs")[0]
    print(tr.name, tr.type, out.name, out.shape)
    print([v.name for v in tf.trainable_variables()], tf.global_variables()[0].dtype)
    with tf.Session() as sess:
        s2.restore(sess, path)
        print(rnd(sess.run("w:0"), 4))
        sess.run(tr, {"x:0": [[1.0, 2.0]]})
        print(rnd(sess.run(out, {"x:0": [[1.0, 1.0]]}), 4))
