# Adam with epsilon / beta variants: values, slot values and beta power accumulators.
from prelude import tf, np, rnd


def run(steps=3, make_kw=None, **kw):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        if make_kw:
            kw.update(make_kw())
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        opt = tf.train.AdamOptimizer(**kw)
        train = opt.minimize(loss)
        b1, b2 = opt._get_beta_accumulators()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print("powers0", rnd(sess.run([b1, b2])))
            for _ in range(steps):
                sess.run(train)
            print(rnd(sess.run(w)), rnd(sess.run(opt.get_slot(w, "m"))), rnd(sess.run(opt.get_slot(w, "v"))))
            print("powers", rnd(sess.run([b1, b2])))


run(learning_rate=0.1, epsilon=1.0)
run(learning_rate=0.1, beta1=0.0)
run(learning_rate=0.1, beta1=0.5, beta2=0.5, epsilon=1e-3)
run(learning_rate=0.5, beta1=0.99, beta2=0.999, epsilon=1e-8, steps=4)
run(steps=2, make_kw=lambda: dict(learning_rate=tf.constant(0.1), beta1=tf.constant(0.7), beta2=tf.constant(0.9)))
