# ProximalGradientDescent / ProximalAdagrad: l1 driving weights to zero, l2 only, and no regularization.
from prelude import tf, np, rnd


def run(make, steps=3):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([0.2, -2.0, 4.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([0.1, -1.0, 5.0])))
        opt = make()
        train = opt.minimize(loss)
        names = sorted(opt.get_slot_names())
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            print(names, rnd(sess.run(w)), [rnd(sess.run(opt.get_slot(w, n))) for n in names])


run(lambda: tf.train.ProximalGradientDescentOptimizer(0.1))
run(lambda: tf.train.ProximalGradientDescentOptimizer(0.1, l1_regularization_strength=2.0))
run(lambda: tf.train.ProximalGradientDescentOptimizer(0.1, l2_regularization_strength=1.0))
run(lambda: tf.train.ProximalGradientDescentOptimizer(0.3, l1_regularization_strength=0.4,
                                                      l2_regularization_strength=0.4))
run(lambda: tf.train.ProximalAdagradOptimizer(0.5))
run(lambda: tf.train.ProximalAdagradOptimizer(0.5, initial_accumulator_value=1.0,
                                              l1_regularization_strength=1.0))
run(lambda: tf.train.ProximalAdagradOptimizer(0.5, l2_regularization_strength=2.0))
