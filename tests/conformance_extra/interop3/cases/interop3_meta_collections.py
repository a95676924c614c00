# export_meta_graph collections: names and kinds for variables, train op, queue runners, savers.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable([[1.0], [2.0]], name="w")
    step = tf.train.get_or_create_global_step()
    loss = tf.reduce_mean(tf.square(tf.matmul(x, w)), name="loss")
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=step)
    tf.add_to_collection(tf.GraphKeys.LOSSES, loss)
    q = tf.FIFOQueue(5, [tf.float32], name="q")
    tf.train.add_queue_runner(tf.train.QueueRunner(q, [q.enqueue([1.0])]))
    tf.train.Saver()
    mg = tf.train.export_meta_graph()
for k in sorted(mg.collection_def):
    cd = mg.collection_def[k]
    kind = cd.WhichOneof("kind")
    vals = getattr(cd, kind).value
    print(k, kind, len(vals), list(vals) if kind == "node_list" else "")
print(mg.saver_def.filename_tensor_name, mg.saver_def.save_tensor_name, mg.saver_def.restore_op_name)
print(mg.saver_def.max_to_keep, mg.saver_def.version, mg.saver_def.sharded, mg.saver_def.keep_checkpoint_every_n_hours)
