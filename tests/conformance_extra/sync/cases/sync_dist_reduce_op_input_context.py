# tf.distribute.ReduceOp and tf.distribute.InputContext.
from prelude import tf, np, rnd

D = tf.distribute
print(list(D.ReduceOp), D.ReduceOp.SUM.value, D.ReduceOp("MEAN"), D.ReduceOp.MEAN.name)
ic = D.InputContext(num_input_pipelines=2, input_pipeline_id=1, num_replicas_in_sync=4)
print(ic.num_input_pipelines, ic.input_pipeline_id, ic.num_replicas_in_sync)
print(ic.get_per_replica_batch_size(16))
try:
    ic.get_per_replica_batch_size(15)
except ValueError as e:
    print(type(e).__name__)
d = D.InputContext()
print(d.num_input_pipelines, d.input_pipeline_id, d.num_replicas_in_sync, d.get_per_replica_batch_size(7))
try:
    D.ReduceOp("MAX")
except ValueError as e:
    print(type(e).__name__)
print(list(D.InputReplicationMode), D.InputReplicationMode.PER_WORKER.value)
print(D.ReduceOp.from_variable_aggregation(tf.VariableAggregation.MEAN))
