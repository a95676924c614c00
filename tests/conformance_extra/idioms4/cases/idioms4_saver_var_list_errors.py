# Saver with var_list dict (renamed checkpoint keys), list_variables, restore into a new graph; NotFoundError for missing key.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.Variable([1.0, 2.0], name="a")
    with tf.variable_scope("net"):
        b = tf.get_variable("b", [2, 2], initializer=tf.constant_initializer(3.0))
    s = tf.train.Saver({"alpha": a, "net/bee": b})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(a.assign_add([0.5, 0.5]))
        p = s.save(sess, os.path.join(d, "m"), global_step=7, write_meta_graph=False)
print(os.path.basename(p), sorted(os.listdir(d)))
print(tf.train.list_variables(p))
r = tf.train.load_checkpoint(p)
print(r.get_tensor("alpha").tolist(), r.has_tensor("a"), sorted(r.get_variable_to_shape_map().items()))
with tf.Graph().as_default():
    a2 = tf.Variable([0.0, 0.0], name="renamed")
    s2 = tf.train.Saver({"alpha": a2})
    with tf.Session() as sess:
        s2.restore(sess, p)
        print(sess.run(a2).tolist())
with tf.Graph().as_default():
    c = tf.Variable(0.0, name="missing")
    s3 = tf.train.Saver()
    with tf.Session() as sess:
        try:
            s3.restore(sess, p)
        except tf.errors.NotFoundError as e:
            print("NotFoundError")
        try:
            s3.restore(sess, os.path.join(d, "nope"))
        except ValueError as e:
            print("ValueError", "nope" in str(e))
