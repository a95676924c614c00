# Slot variables of Adagrad/RMSProp/Ftrl under replica_device_setter: devices and colocation with primaries.
from prelude import tf, np, rnd

for name, make in [("adagrad", lambda: tf.train.AdagradOptimizer(0.1)),
                   ("rmsprop", lambda: tf.train.RMSPropOptimizer(0.1, momentum=0.5)),
                   ("ftrl", lambda: tf.train.FtrlOptimizer(0.1))]:
    g = tf.Graph()
    with g.as_default():
        with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
            p = tf.get_variable("p", [2], initializer=tf.ones_initializer())
            q = tf.get_variable("q", [2], initializer=tf.ones_initializer())
            opt = make()
            train = opt.minimize(tf.reduce_sum(p * q))
        print(name, opt.get_slot_names())
        for v in tf.global_variables():
            print(" ", v.name, repr(v.device), v.op.colocation_groups())
        for op in g.get_operations():
            if op.type.startswith("ResourceApply") or op.type == "NoOp":
                print(" ", op.name, op.type, repr(op.device), op.colocation_groups())
