# init_from_checkpoint assignment_map forms: scope->scope, name->name, "/" root, Variable values.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("old"):
        tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
        tf.get_variable("b", initializer=tf.constant(3.0))
    tf.get_variable("top", initializer=tf.constant([[5, 6]]))
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = s.save(sess, os.path.join(tmp, "ck"))

with tf.Graph().as_default():
    with tf.variable_scope("new"):
        w = tf.get_variable("w", shape=[2], initializer=tf.zeros_initializer())
        b = tf.get_variable("b", shape=[], initializer=tf.zeros_initializer())
    tf.train.init_from_checkpoint(tmp, {"old/": "new/"})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(w)), rnd(sess.run(b)))
    init = getattr(w.initializer, "op", w.initializer)  # TF makes it the Assign's output tensor
    print(init.type, init.name)

with tf.Graph().as_default():
    x = tf.get_variable("x", shape=[2], initializer=tf.zeros_initializer())
    y = tf.get_variable("y", shape=[], initializer=tf.zeros_initializer())
    tf.train.init_from_checkpoint(p, {"old/w": "x", "old/b": y})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(x)), rnd(sess.run(y)))

with tf.Graph().as_default():
    with tf.variable_scope("root"):
        with tf.variable_scope("old"):
            rw = tf.get_variable("w", shape=[2], initializer=tf.zeros_initializer())
        top = tf.get_variable("top", shape=[1, 2], dtype=tf.int32, initializer=tf.zeros_initializer())
    tf.train.init_from_checkpoint(p, {"/": "root/"})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(rw)), sess.run(top).tolist())

with tf.Graph().as_default():
    with tf.variable_scope("a"):
        only = tf.get_variable("w", shape=[2], initializer=tf.ones_initializer())
        other = tf.get_variable("q", shape=[], initializer=tf.ones_initializer())
    tf.train.init_from_checkpoint(p, {"old/w": "a/w"})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(only)), rnd(sess.run(other)))
