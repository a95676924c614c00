# Ftrl on default variables: plain, l1/l2, l2 shrinkage (V2 op), custom slot names, bad args.
from prelude import tf, np, rnd

for kw in ({}, {"l1_regularization_strength": 0.1, "l2_regularization_strength": 0.2},
           {"l2_shrinkage_regularization_strength": 0.3},
           {"accum_name": "acc", "linear_name": "lin", "learning_rate_power": -1.0}):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0, 0.5], name="w")
        loss = tf.reduce_sum(tf.square(w - 1.0) * tf.constant([1.0, 2.0, 3.0]))
        opt = tf.train.FtrlOptimizer(0.3, **kw)
        train = opt.minimize(loss)
        print(opt.get_slot_names(), [v.name for v in opt.variables()])
        print([(op.name, op.type) for op in g.get_operations() if op.type.startswith("Resource")])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print(rnd(sess.run(w), 4), rnd(sess.run(opt.get_slot(w, "linear")), 4))
for kw in ({"learning_rate_power": 0.5}, {"initial_accumulator_value": -0.1},
           {"l1_regularization_strength": -1.0}, {"l2_shrinkage_regularization_strength": -1.0}):
    try:
        tf.train.FtrlOptimizer(0.1, **kw)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
