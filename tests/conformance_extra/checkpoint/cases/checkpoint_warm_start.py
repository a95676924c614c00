# tf.train.warm_start from a Saver checkpoint, with renamed variables.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.constant([1.0, 2.0]))
    b = tf.get_variable("scope/b", initializer=tf.constant([[3.0]]))
    c = tf.get_variable("c", initializer=tf.constant(4.0))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = tf.train.Saver().save(s, os.path.join(d, "m"))
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    b = tf.get_variable("scope/b", initializer=tf.zeros([1, 1]))
    n = tf.get_variable("new_c", initializer=tf.constant(0.0))
    t = tf.get_variable("untouched", initializer=tf.constant(9.0), trainable=False)
    tf.train.warm_start(p, vars_to_warm_start=".*", var_name_to_prev_var_name={"new_c": "c"})
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print(rnd(s.run([a, b, n, t])))
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    b = tf.get_variable("scope/b", initializer=tf.zeros([1, 1]))
    tf.train.warm_start(p, vars_to_warm_start="scope")
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print(rnd(s.run([a, b])))
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    tf.train.warm_start(d, vars_to_warm_start=[a])
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print(rnd(s.run(a)))
