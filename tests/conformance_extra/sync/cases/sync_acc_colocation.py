# Ops on a sparse (ref-handle) accumulator are colocated with it; dense (resource) ones are not.
from prelude import tf, np, rnd

sacc = tf.SparseConditionalAccumulator(tf.float32, shape=[3, 2], name="rows")
ap = sacc.apply_grad(tf.constant([1], tf.int64), tf.constant([[1.0, 1.0]]))
take = sacc.take_grad(1)
n = sacc.num_accumulated()
step = sacc.set_global_step(2)
for op in (ap, take.indices.op, n.op, step, take.indices.op.inputs[1].op):
    print(op.name, op.colocation_groups())
acc = tf.ConditionalAccumulator(tf.float32, shape=[2], name="dense")
for op in (acc.apply_grad([1.0, 2.0]), acc.take_grad(1).op, acc.num_accumulated().op):
    print(op.name, op.colocation_groups())
with tf.device("/cpu:0"):
    placed = tf.SparseConditionalAccumulator(tf.float32, shape=[3, 2], name="placed")
print(placed.apply_grad([0], [[1.0, 2.0]]).device, placed.accumulator_ref.device)
