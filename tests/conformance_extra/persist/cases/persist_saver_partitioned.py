# Partitioned variables: saved as slices of one tensor, restored repartitioned / whole, sharded, meta graph.
import os
import tempfile
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)
tmp = tempfile.mkdtemp()
value = np.arange(14, dtype=np.float32).reshape(7, 2)
with tf.Graph().as_default() as g:
    with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
        t = tf.get_variable("table", initializer=tf.constant(value))
    w = tf.get_variable("w", initializer=tf.constant([[1, 2, 3]]), partitioner=tf.fixed_size_partitioner(3, axis=1))
    print([(v.name, v._save_slice_info.spec) for v in tf.global_variables()])
    saver = tf.train.Saver()
    sharded = tf.train.Saver(sharded=True)
    rv = g.get_operation_by_name("save/RestoreV2")
    print([s.decode() for s in tf.make_ndarray(rv.inputs[1].op.get_attr("value"))])
    print([s.decode() for s in tf.make_ndarray(rv.inputs[2].op.get_attr("value"))])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        p = saver.save(sess, os.path.join(tmp, "ck"))
        ps = sharded.save(sess, os.path.join(tmp, "sh"))
        try:
            sharded.save(sess, os.path.join(tmp, "missing", "ck"))
        except Exception as e:  # noqa: BLE001
            print("sharded into a missing folder", type(e).__name__)
        sess.run([v.initializer for v in tf.global_variables()])
        for v in t:
            sess.run(v.assign(tf.zeros_like(v)))
        saver.restore(sess, p)
        print(rnd(sess.run(tf.convert_to_tensor(t))))
    mg = tf.train.export_meta_graph()
print(tf.train.list_variables(p), tf.train.list_variables(ps))
print(rnd(tf.train.load_variable(p, "emb/table")), tf.train.load_variable(ps, "w").tolist())
r = tf.train.NewCheckpointReader(p)
print(sorted(r.get_variable_to_shape_map().items()), r.has_tensor("emb/table/part_0"))
with tf.Graph().as_default():
    with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(2)):
        t2 = tf.get_variable("table", shape=[7, 2])
    s2 = tf.train.Saver([t2])
    with tf.Session() as sess:
        s2.restore(sess, p)
        print([rnd(sess.run(v)) for v in t2])
with tf.Graph().as_default():
    whole = tf.get_variable("whole", shape=[7, 2])
    s3 = tf.train.Saver({"emb/table": whole})
    with tf.Session() as sess:
        s3.restore(sess, p)
        print(rnd(sess.run(whole))[5:])
with tf.Graph().as_default():
    with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
        t4 = tf.get_variable("table", shape=[8, 2])
    s4 = tf.train.Saver([t4])
    with tf.Session() as sess:
        try:
            s4.restore(sess, p)
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
with tf.Graph().as_default():
    s5 = tf.train.import_meta_graph(mg)
    print([(v.name, v._save_slice_info.full_name, v._save_slice_info.var_offset) for v in tf.global_variables()][:3])
    with tf.Session() as sess:
        s5.restore(sess, ps)
        print(sess.run(tf.global_variables()[4]).tolist())
