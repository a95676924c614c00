# replica_device_setter with ps_ops and a function strategy: which resource ops go to the ps.
from prelude import tf, np, rnd

calls = []


def strategy(op):
    calls.append((op.name, op.type))
    return len(calls) % 2


with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_ops=["VarHandleOp", "ReadVariableOp"],
                                              ps_strategy=strategy)):
    v = tf.Variable([1.0, 2.0], name="v")
    r = v.read_value()
    s = tf.reduce_sum(v, name="s")
print(calls)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_ops=["Const"])):
        k = tf.constant(1.0, name="k")
        k2 = tf.constant(2.0, name="k2")
        w = tf.Variable(3.0, name="w")
    for op in tf.get_default_graph().get_operations():
        print(op.name, op.type, repr(op.device))
