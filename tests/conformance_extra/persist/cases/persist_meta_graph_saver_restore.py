# import_meta_graph returns a working Saver (also with import_scope); collections of variables restored.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    w = tf.Variable([[1.0, 2.0]], name="w")
    step = tf.Variable(0, name="step", trainable=False)
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    y = tf.reduce_sum(x * w, axis=1, name="y")
    inc = tf.assign_add(step, 1, name="inc")
    tf.add_to_collection("train_op", inc)
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(inc)
        p = s.save(sess, os.path.join(tmp, "m"), global_step=step)
print(os.path.basename(p), sorted(os.listdir(tmp)))
with tf.Graph().as_default() as g:
    s2 = tf.train.import_meta_graph(p + ".meta")
    print(type(s2).__name__, s2.saver_def.restore_op_name)
    print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
    print([o.name for o in tf.get_collection("train_op")])
    with tf.Session() as sess:
        s2.restore(sess, p)
        vs = {v.op.name: v for v in tf.global_variables()}
        print(rnd(sess.run("y:0", {"x:0": [[1.0, 1.0], [2.0, 0.0]]})), sess.run(vs["step"]))
        sess.run(tf.get_collection("train_op")[0])
        print(sess.run(vs["step"]))
with tf.Graph().as_default() as g:
    s3 = tf.train.import_meta_graph(p + ".meta", import_scope="net")
    print(s3.saver_def.filename_tensor_name, s3.saver_def.restore_op_name)
    print([v.name for v in tf.global_variables()])
    with tf.Session() as sess:
        s3.restore(sess, p)
        vs = {v.op.name: v for v in tf.global_variables()}
        print(rnd(sess.run(vs["net/w"])), sess.run(vs["net/step"]))
