# ProximalGradientDescent and ProximalAdagrad on default variables: op types and trajectories.
from prelude import tf, np, rnd

for make in (lambda: tf.train.ProximalGradientDescentOptimizer(0.1, 0.05, 0.1),
             lambda: tf.train.ProximalGradientDescentOptimizer(0.1),
             lambda: tf.train.ProximalAdagradOptimizer(0.3, l1_regularization_strength=0.05,
                                                       l2_regularization_strength=0.1),
             lambda: tf.train.ProximalAdagradOptimizer(0.3)):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -0.02, 3.0], name="w")
        loss = tf.reduce_sum(w * tf.constant([0.5, 0.1, -1.0]))
        opt = make()
        train = opt.minimize(loss)
        print(opt.get_name(), opt.get_slot_names(),
              [(op.name, op.type) for op in g.get_operations() if op.type.startswith("Resource")])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
                print(rnd(sess.run(w), 4))
