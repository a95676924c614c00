# Collections of variables after export/import of a meta graph, then running in a new session.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.Variable(3, name="w", trainable=False)
    lv = tf.Variable(0.5, name="lv", collections=[tf.GraphKeys.LOCAL_VARIABLES])
    mg = tf.train.export_meta_graph()
g2 = tf.Graph()
with g2.as_default():
    tf.train.import_meta_graph(mg)
    gv = tf.global_variables()
    print([x.name for x in gv], [type(x).__name__ for x in gv])
    print([x.name for x in tf.trainable_variables()], [x.name for x in tf.local_variables()])
    print([x.dtype.name for x in gv], [str(x.shape) for x in gv])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tf.local_variables_initializer())
        print(rnd(sess.run(gv)), rnd(sess.run(tf.local_variables()[0])))
        print(sess.run(tf.report_uninitialized_variables()).tolist())
