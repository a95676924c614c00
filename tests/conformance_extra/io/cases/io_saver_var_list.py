# Saver with dict and list var_list: names stored in the checkpoint.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.variable_scope("scope"):
    a = tf.Variable([1.0, 2.0], name="a")
    b = tf.get_variable("b", shape=[2, 2], initializer=tf.ones_initializer())
c = tf.Variable(5, name="c", dtype=tf.int64)
s_list = tf.train.Saver([a, c])
s_dict = tf.train.Saver({"alpha": a, "beta/x": b})
s_all = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p1 = s_list.save(sess, os.path.join(tmp, "list"))
    p2 = s_dict.save(sess, os.path.join(tmp, "dict"))
    p3 = s_all.save(sess, os.path.join(tmp, "all"), write_meta_graph=False)
for p in (p1, p2, p3):
    print(os.path.relpath(p, tmp), tf.train.list_variables(p))
print(sorted(os.listdir(tmp)))
print(rnd(tf.train.load_variable(p2, "alpha")), rnd(tf.train.load_variable(p2, "beta/x")))
print(tf.train.load_variable(p1, "c"), type(tf.train.load_variable(p1, "c")).__name__)
