# Ftrl with l1 / l2 / l2_shrinkage, learning_rate_power and accumulator values.
from prelude import tf, np, rnd


def run(steps=3, **kw):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0, 0.5], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0, 0.5])))
        opt = tf.train.FtrlOptimizer(**kw)
        train = opt.minimize(loss)
        names = sorted(opt.get_slot_names())
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            print(rnd(sess.run(w)), [rnd(sess.run(opt.get_slot(w, n))) for n in names])


print(sorted(tf.train.FtrlOptimizer(0.1).get_slot_names()))
run(learning_rate=0.5, initial_accumulator_value=1.0)
run(learning_rate=0.5, learning_rate_power=0.0)
run(learning_rate=0.5, learning_rate_power=-1.0, l1_regularization_strength=0.2)
run(learning_rate=0.5, l1_regularization_strength=5.0)
run(learning_rate=0.5, l2_regularization_strength=1.0, l2_shrinkage_regularization_strength=0.5)
run(learning_rate=0.5, l1_regularization_strength=0.1, l2_regularization_strength=0.1,
    l2_shrinkage_regularization_strength=0.2, learning_rate_power=-0.3, beta=0.5)
for kw in [dict(learning_rate_power=0.5), dict(initial_accumulator_value=-1.0),
           dict(l1_regularization_strength=-1.0), dict(l2_regularization_strength=-0.1),
           dict(l2_shrinkage_regularization_strength=-0.1)]:
    try:
        tf.train.FtrlOptimizer(0.1, **kw)
        print(sorted(kw), "no error")
    except Exception as e:
        print(sorted(kw), type(e).__name__)
