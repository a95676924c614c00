# Saver on ref variables: save/restore values, var_list dict, checkpoint listing.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_v2_behavior()
d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
with tf.variable_scope("s"):
    w = tf.get_variable("w", [2, 2], initializer=tf.ones_initializer())
c = tf.Variable(0, name="counter")
inc = tf.assign_add(c, 5)
saver = tf.train.Saver()
print(saver.saver_def.save_tensor_name, saver.saver_def.restore_op_name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(inc)
    sess.run(tf.assign(v, [3.0, 4.0]))
    path = saver.save(sess, os.path.join(d, "model"), global_step=7)
    print(os.path.basename(path))
print(os.path.basename(tf.train.latest_checkpoint(d)))
print(sorted(tf.train.list_variables(path)))
with tf.Session() as sess:
    saver.restore(sess, path)
    print(sess.run(v).tolist(), sess.run(w).tolist(), sess.run(c))
s2 = tf.train.Saver({"renamed": v})
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p2 = s2.save(sess, os.path.join(d, "m2"))
print(sorted(tf.train.list_variables(p2)))
r = tf.train.load_variable(path, "s/w")
print(r.dtype, r.tolist())
g = tf.Graph()
with g.as_default():
    v_new = tf.Variable([0.0, 0.0], name="v")
    only = tf.train.Saver([v_new])
    with tf.Session() as sess:
        only.restore(sess, path)
        print(sess.run(v_new).tolist())
        try:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver({"missing": v_new}).restore(sess, path)
        except Exception as e:  # noqa: BLE001
            print("missing", type(e).__name__)
