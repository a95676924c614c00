# Optimizers over use_resource=True variables: dense and sparse (gather) updates, slot names.
from prelude import tf, np, rnd


def run(name, make, steps=2):
    g = tf.Graph()
    with g.as_default():
        w = tf.get_variable("w", initializer=tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), use_resource=True)
        b = tf.get_variable("b", initializer=tf.constant(0.5), use_resource=True)
        loss = tf.reduce_sum(tf.gather(w, [0, 2, 0]) * tf.constant([[1.0], [2.0], [-1.0]])) + b * b
        opt = make()
        train = opt.minimize(loss)
        print(name, sorted((n, opt.get_slot(w, n).name) for n in opt.get_slot_names()))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            print("  ", rnd(sess.run([w, b])))


run("sgd", lambda: tf.train.GradientDescentOptimizer(0.5))
run("mom", lambda: tf.train.MomentumOptimizer(0.5, 0.5, use_nesterov=True))
run("adagrad", lambda: tf.train.AdagradOptimizer(0.5))
run("adadelta", lambda: tf.train.AdadeltaOptimizer(1.0))
run("adam", lambda: tf.train.AdamOptimizer(0.1))
run("rms", lambda: tf.train.RMSPropOptimizer(0.1, momentum=0.5, centered=True))
run("ftrl", lambda: tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.1))
run("pgd", lambda: tf.train.ProximalGradientDescentOptimizer(0.5, l2_regularization_strength=0.1))
run("padagrad", lambda: tf.train.ProximalAdagradOptimizer(0.5, l1_regularization_strength=0.1))
