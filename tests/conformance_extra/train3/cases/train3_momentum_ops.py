# Momentum (plain and nesterov) on default variables: ops, slot names, trajectories.
from prelude import tf, np, rnd

for nesterov in (False, True):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        loss = tf.reduce_sum(w * w * tf.constant([1.0, 3.0]))
        opt = tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=nesterov)
        train = opt.minimize(loss)
        print(train.name, opt.get_slot_names())
        s = opt.get_slot(w, "momentum")
        print(s.name, s.op.type, s.dtype, s.shape, s.trainable, type(s).__name__)
        print([v.name for v in opt.variables()])
        for op in g.get_operations():
            if op.name.startswith("Momentum/"):
                print(op.name, op.type, op.get_attr("use_nesterov") if "ApplyMomentum" in op.type else "")
        print(opt.get_slot(w, "nope"), opt.get_slot(loss, "momentum"))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
                print(rnd(sess.run(w), 4), rnd(sess.run(s), 4))
