# replica_device_setter with custom ps_ops and resource variables / optimizer slots placed on ps tasks.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_ops=["Const"])):
        k = tf.constant(1.0, name="k")
        v = tf.Variable(1.0, name="v", use_resource=False)
        k2 = tf.constant(2.0, name="k2")
    for t in [k, v, k2]:
        print(t.op.name, repr(t.device))

with tf.Graph().as_default():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        r = tf.get_variable("r", [3], use_resource=True)
        r2 = tf.get_variable("r2", [3], use_resource=True)
        w = tf.Variable(tf.ones([3]), name="w", use_resource=False)
        loss = tf.reduce_sum(w * r)
        opt = tf.train.MomentumOptimizer(0.1, 0.9)
        train = opt.minimize(loss, var_list=[w])
        slot = opt.get_slot(w, "momentum")
    for t in [r, r2, w]:
        print(t.op.name, t.op.type, repr(t.device))
    print(slot.op.name, repr(slot.device))
    print(repr(train.device))
    for op in tf.get_default_graph().get_operations():
        if "Momentum" in op.name or op.type == "NoOp":
            print("  ", op.name, repr(op.device))
