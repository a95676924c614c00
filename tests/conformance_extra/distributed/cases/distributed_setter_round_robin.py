# tf.train.replica_device_setter(ps_tasks=N): ref and resource variables round-robin on ps tasks, their helper ops, other ops on the worker.
from prelude import tf, np, rnd

for use_resource in (False, True):
    print("use_resource", use_resource)
    with tf.Graph().as_default():
        with tf.device(tf.train.replica_device_setter(ps_tasks=3)):
            v1 = tf.Variable(1.0, name="v1", use_resource=use_resource)
            v2 = tf.Variable(2.0, name="v2", use_resource=use_resource)
            v3 = tf.Variable(lambda: tf.ones([2]), name="v3", use_resource=use_resource)
            v4 = tf.Variable(4.0, name="v4", use_resource=use_resource)
            s = tf.add(v1, v2, name="s")
            c = tf.constant(1.0, name="c")
            g = tf.get_variable("g", [2], initializer=tf.zeros_initializer(),
                                use_resource=use_resource)
            rv = v1.read_value()
            val = v2.value()
            asg = tf.assign(v4, 5.0)
            grp = tf.group(v1.initializer, v2.initializer, name="grp")
            init = tf.global_variables_initializer()
        for t in [v1, v2, v3, v4, g]:
            print(t.op.name, repr(t.device), repr(t.initializer.device))
        for t in [s, c, rv, val, asg, grp, init]:
            print(t.name, repr(t.device))
        for op in tf.get_default_graph().get_operations():
            print("  ", op.name, repr(op.device))
