# Fine-tuning: restore a subset of variables with a Saver(var_list) / init_from_checkpoint, init the rest.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    with tf.variable_scope("base"):
        w = tf.get_variable("w", [2], initializer=tf.constant_initializer([1.0, 2.0]))
        b = tf.get_variable("b", [], initializer=tf.constant_initializer(0.5))
    head = tf.get_variable("head", [2], initializer=tf.constant_initializer(9.0))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tf.assign_add(w, [10.0, 10.0]))
        path = tf.train.Saver().save(sess, os.path.join(tmp, "pre"))
print(sorted(tf.train.list_variables(path)))
with tf.Graph().as_default():
    with tf.variable_scope("base"):
        w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
        b = tf.get_variable("b", [], initializer=tf.zeros_initializer())
    new_head = tf.get_variable("new_head", [3], initializer=tf.constant_initializer(-1.0))
    base_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="base")
    print([v.op.name for v in base_vars])
    restorer = tf.train.Saver(var_list=base_vars)
    rest_init = tf.variables_initializer([v for v in tf.global_variables() if v not in base_vars])
    print(rest_init.type, rest_init.name)
    with tf.Session() as sess:
        restorer.restore(sess, path)
        print(sess.run(tf.report_uninitialized_variables()).tolist())
        sess.run(rest_init)
        print(rnd(sess.run([w, b, new_head])))
with tf.Graph().as_default():
    with tf.variable_scope("model"):
        w2 = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
        b2 = tf.get_variable("b", [], initializer=tf.zeros_initializer())
    other = tf.get_variable("other", [], initializer=tf.constant_initializer(3.0))
    tf.train.init_from_checkpoint(path, {"base/": "model/"})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run([w2, b2, other])))
with tf.Graph().as_default():
    v = tf.get_variable("v", [2], initializer=tf.zeros_initializer())
    tf.train.init_from_checkpoint(path, {"base/w": v})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run(v)))
    try:
        tf.train.init_from_checkpoint(path, {"missing/": "model/"})
    except ValueError as e:
        print("ValueError")
