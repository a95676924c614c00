# PartitionedVariable (default resource parts) in a Saver: keys, shapes, restore into other partitioning.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default() as g:
    pv = tf.get_variable("pv", shape=[6, 2], initializer=tf.zeros_initializer(),
                         partitioner=tf.fixed_size_partitioner(3))
    print(type(pv).__name__, [v.name for v in pv], [v.op.type for v in pv])
    other = tf.Variable(5.0, name="other")
    s = tf.train.Saver()
    print(sorted(o.name + ":" + o.type for o in g.get_operations() if o.name.startswith("save/") and o.type in ("SaveV2", "RestoreV2", "AssignVariableOp", "Slice", "ConcatV2", "Identity")))
    s2 = tf.train.Saver([pv])
    s3 = tf.train.Saver({"P": pv})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for i, part in enumerate(pv):
            sess.run(part.assign(np.arange(12, dtype=np.float32).reshape(6, 2)[2 * i:2 * i + 2]))
        p = s.save(sess, os.path.join(tmp, "a"))
        p3 = s3.save(sess, os.path.join(tmp, "b"))
print(tf.train.list_variables(p))
print(tf.train.list_variables(p3))
print(rnd(tf.train.load_variable(p, "pv")))
with tf.Graph().as_default():
    pv = tf.get_variable("pv", shape=[6, 2], initializer=tf.zeros_initializer(),
                         partitioner=tf.fixed_size_partitioner(2))
    s = tf.train.Saver([pv])
    with tf.Session() as sess:
        s.restore(sess, p)
        print(rnd(sess.run(pv.as_tensor())))
        print([rnd(sess.run(v)) for v in pv])
