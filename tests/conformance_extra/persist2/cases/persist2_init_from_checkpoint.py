# init_from_checkpoint with default variables: scope maps, initializer op types, values.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("old"):
        tf.get_variable("a", initializer=[1.0, 2.0])
        tf.get_variable("b", initializer=[[3.0]])
    tf.get_variable("c", initializer=7)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = tf.train.Saver().save(sess, os.path.join(tmp, "m"))
with tf.Graph().as_default() as g:
    with tf.variable_scope("new"):
        a = tf.get_variable("a", shape=[2], initializer=tf.zeros_initializer())
        b = tf.get_variable("b", shape=[1, 1], initializer=tf.zeros_initializer())
    c = tf.get_variable("cc", shape=[], dtype=tf.int32, initializer=tf.zeros_initializer())
    n0 = len(g.get_operations())
    tf.train.init_from_checkpoint(p, {"old/": "new/", "c": "cc"})
    print(a.initializer.type, a.initializer.name, [i.name for i in a.initializer.inputs])
    print(sorted(set(o.type for o in g.get_operations()[n0:])))
    print(a.initial_value.op.type, a.initial_value.name)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(a)), rnd(sess.run(b)), sess.run(c))
with tf.Graph().as_default():
    with tf.variable_scope("new"):
        a = tf.get_variable("a", shape=[2], initializer=tf.zeros_initializer())
    tf.train.init_from_checkpoint(p, {"old/a": a})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(a)))
for m in ({"old/a": "zz"}, {"nope": "new/a"}, {"old/b": "new/a"}):
    with tf.Graph().as_default():
        with tf.variable_scope("new"):
            tf.get_variable("a", shape=[2], initializer=tf.zeros_initializer())
        try:
            tf.train.init_from_checkpoint(p, m)
            print("ok")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
