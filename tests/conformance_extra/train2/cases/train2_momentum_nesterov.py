# Momentum with and without use_nesterov: slot values after steps, tensor momentum.
from prelude import tf, np, rnd


def run(nesterov, momentum=0.9, steps=3):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        b = tf.Variable(0.5, name="b")
        loss = tf.reduce_sum(tf.square(w)) * 0.5 + 3.0 * b
        if callable(momentum):
            momentum = momentum()
        opt = tf.train.MomentumOptimizer(0.1, momentum=momentum, use_nesterov=nesterov)
        train = opt.minimize(loss)
        print(sorted(opt.get_slot_names()), opt.get_slot(w, "momentum").name, opt.get_slot(b, "momentum").name)
        print([v.name for v in opt.variables()])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for i in range(steps):
                sess.run(train)
                print(i, rnd(sess.run([w, b])), rnd(sess.run(opt.get_slot(w, "momentum"))))


run(False)
run(True)
run(True, momentum=lambda: tf.constant(0.5))
run(False, momentum=0.0, steps=2)
