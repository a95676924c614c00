# SyncReplicasOptimizer.apply_gradients: the ops it adds (names and types), dense and sparse.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
emb = tf.Variable([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]], name="emb")
gs = tf.train.get_or_create_global_step()
loss = tf.reduce_sum(w * w) + tf.reduce_sum(tf.gather(emb, [2, 0]))
opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1),
                                     replicas_to_aggregate=1, total_num_replicas=1)
gv = opt.compute_gradients(loss)
print([(type(g).__name__ == "IndexedSlices", v.name) for g, v in gv])
before = len(tf.get_default_graph().get_operations())
train = opt.apply_gradients(gv, global_step=gs)
print(train.name, train.op.type)
for op in tf.get_default_graph().get_operations()[before:]:
    if not op.name.startswith("report_uninitialized_variables"):
        print(op.name, op.type)
print(opt.chief_init_op.name, opt.chief_init_op.type)
print(opt.local_step_init_op.name, opt.ready_for_local_init_op.name)
print(opt.get_init_tokens_op().name)
qr = opt.get_chief_queue_runner()
print(qr.name, [o.name for o in qr.enqueue_ops], qr.queue.name)
