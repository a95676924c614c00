# Partitioned default variables under replica_device_setter: per-partition devices and the concat read.
from prelude import tf, np, rnd

with tf.device(tf.train.replica_device_setter(ps_tasks=3)):
    p = tf.get_variable("p", [6, 2], initializer=tf.ones_initializer(),
                        partitioner=tf.fixed_size_partitioner(3))
    y = tf.reduce_sum(tf.nn.embedding_lookup(p, [0, 5]))
print(type(p).__name__, [v.name for v in p], [v.device for v in p])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
    try:
        sess.run(tf.global_variables_initializer())
    except Exception as e:
        print(type(e).__name__)
