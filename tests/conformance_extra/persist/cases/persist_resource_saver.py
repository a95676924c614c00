# Resource variables (use_resource=True): saver ops, save/restore, reshaped restore, meta graph, init_from_checkpoint.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    a = tf.Variable([1.0, 2.0], name="a", use_resource=True)
    with tf.variable_scope("s"):
        b = tf.get_variable("b", initializer=tf.constant([[3, 4]]), use_resource=True)
    saver = tf.train.Saver()
    for op in g.get_operations():
        if op.name.startswith("save/") and op.type in ("RestoreV2", "AssignVariableOp", "Identity", "NoOp", "SaveV2"):
            print(op.name, op.type, [t.name for t in op.inputs][:2])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, os.path.join(tmp, "ck"), global_step=1)
        sess.run(a.assign([0.0, 0.0]))
        saver.restore(sess, p)
        print(rnd(sess.run(a)), sess.run(b).tolist())
    mg = tf.train.export_meta_graph()
print(tf.train.list_variables(p))
with tf.Graph().as_default() as g2:
    s2 = tf.train.import_meta_graph(mg)
    vs = tf.global_variables()
    print([(type(v).__name__, v.name, v.dtype.name, v.shape.as_list()) for v in vs])
    with tf.Session() as sess:
        s2.restore(sess, p)
        print([rnd(sess.run(v)) for v in vs])
with tf.Graph().as_default():
    bigger = tf.Variable([0.0, 0.0, 0.0], name="a", use_resource=True)
    s3 = tf.train.Saver([bigger])
    with tf.Session() as sess:
        s3.restore(sess, p)
        print(bigger.shape.as_list(), rnd(sess.run(bigger)))
with tf.Graph().as_default():
    c = tf.get_variable("c", shape=[2], initializer=tf.zeros_initializer(), use_resource=True)
    tf.train.init_from_checkpoint(p, {"a": "c"})
    print(c.initializer.type, c.initializer.name)
    with tf.Session() as sess:
        sess.run(c.initializer)
        print(rnd(sess.run(c)))
