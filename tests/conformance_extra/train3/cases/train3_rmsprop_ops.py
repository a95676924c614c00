# RMSProp plain / momentum / centered on default variables: slots, op types, trajectories.
from prelude import tf, np, rnd

for kw in ({}, {"momentum": 0.5}, {"momentum": 0.5, "centered": True}):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        loss = tf.reduce_sum(w * w * w * w)
        opt = tf.train.RMSPropOptimizer(0.01, decay=0.8, **kw)
        train = opt.minimize(loss)
        print(sorted(opt.get_slot_names()), [v.name for v in opt.variables()])
        print(sorted({op.type for op in g.get_operations() if op.name.startswith("RMSProp/")}))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(rnd(sess.run(opt.get_slot(w, "rms")), 4))
            for _ in range(3):
                sess.run(train)
            print(rnd(sess.run(w), 4), rnd(sess.run(opt.get_slot(w, "momentum")), 4))
