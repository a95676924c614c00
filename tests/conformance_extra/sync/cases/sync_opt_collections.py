# Variables and collections SyncReplicasOptimizer makes; slots delegate to the wrapped optimizer.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
gs = tf.Variable(0, dtype=tf.int64, trainable=False, name="step")
mom = tf.train.MomentumOptimizer(0.1, 0.9)
opt = tf.train.SyncReplicasOptimizer(mom, replicas_to_aggregate=2, total_num_replicas=3,
                                     name="sync")
print(opt.get_name())
train = opt.minimize(tf.reduce_sum(w * 3.0), global_step=gs)
print([v.name for v in tf.local_variables()], tf.local_variables()[0].dtype.name)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print(opt.get_slot_names(), opt.get_slot(w, "momentum").name)
print([v.name for v in opt.variables()])
print([op.name for op in tf.get_collection(tf.GraphKeys.TRAIN_OP)])
print(len(tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)))
print(opt.get_init_tokens_op().name, opt.get_init_tokens_op(num_tokens=0).name)
print(opt.get_init_tokens_op(num_tokens=5).inputs[1].op.inputs[0].name)
