# ExponentialMovingAverage shadows and caching_device reads under a replica_device_setter.
from prelude import tf, np, rnd

with tf.device(tf.train.replica_device_setter(ps_tasks=2, worker_device="/job:worker/task:0")):
    a = tf.Variable(1.0, name="a")
    b = tf.get_variable("b", [], caching_device="/job:worker/task:0/device:CPU:0")
    ema = tf.train.ExponentialMovingAverage(0.9)
    upd = ema.apply([a, b])
    s = a + b
# (the NoOps of the final group are left out: see the dist2 report)
for op in tf.get_default_graph().get_operations():
    if op.type == "NoOp":
        continue
    print(op.name, op.type, repr(op.device), [c.decode() for c in op.colocation_groups()])
print(ema.average(a).name, ema.average(a).device, ema.average_name(b))
