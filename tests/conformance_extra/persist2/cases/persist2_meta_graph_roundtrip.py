# export_meta_graph / import_meta_graph with default variables: collections, train_op, running after restore.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.get_variable("w", initializer=tf.constant([[1.0], [2.0]]))
    step = tf.Variable(0, name="step", trainable=False)
    loss = tf.reduce_mean(tf.matmul(x, w), name="loss")
    train = tf.train.GradientDescentOptimizer(0.5).minimize(loss, name="train")
    tf.add_to_collection(tf.GraphKeys.TRAIN_OP, train)
    tf.add_to_collection("my_tensors", loss)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, os.path.join(tmp, "m"))
print(sorted(os.listdir(tmp)))
with tf.Graph().as_default() as g:
    s2 = tf.train.import_meta_graph(p + ".meta")
    print(type(s2).__name__)
    print([(type(v).__name__, v.name, v.op.type, v.dtype.name, v.shape.as_list()) for v in tf.global_variables()])
    print([v.name for v in tf.trainable_variables()])
    print([o.name for o in tf.get_collection(tf.GraphKeys.TRAIN_OP)], [t.name for t in tf.get_collection("my_tensors")])
    print(sorted(g.get_all_collection_keys()))
    tv = tf.trainable_variables()[0]
    print(tv.initializer.name, tv.initial_value.name, tv.snapshot.name if hasattr(tv, "snapshot") else None)
    with tf.Session() as sess:
        s2.restore(sess, p)
        feed = {"x:0": [[1.0, 1.0]]}
        print(rnd(sess.run("loss:0", feed)))
        sess.run(tf.get_collection(tf.GraphKeys.TRAIN_OP)[0], feed)
        print(rnd(sess.run(tv)), rnd(sess.run("loss:0", feed)))
