# Adadelta slot values (accum, accum_update) after steps, with rho / epsilon variants.
from prelude import tf, np, rnd


def run(steps=3, **kw):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        opt = tf.train.AdadeltaOptimizer(**kw)
        train = opt.minimize(loss)
        names = sorted(opt.get_slot_names())
        print(names, [opt.get_slot(w, n).name for n in names])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            print(rnd(sess.run(w)), [rnd(sess.run(opt.get_slot(w, n))) for n in names])


run()
run(learning_rate=1.0)
run(learning_rate=2.0, rho=0.5, epsilon=0.1)
run(learning_rate=1.0, rho=0.0, epsilon=1.0, steps=2)
