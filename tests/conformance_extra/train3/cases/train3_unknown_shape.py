# Optimizers on a variable whose static shape is unknown (validate_shape=False): slots and steps.
from prelude import tf, np, rnd

for make in (lambda: tf.train.MomentumOptimizer(0.1, 0.9), lambda: tf.train.AdagradOptimizer(0.5),
             lambda: tf.train.RMSPropOptimizer(0.1), lambda: tf.train.AdamOptimizer(0.1),
             lambda: tf.train.GradientDescentOptimizer(0.1)):
    g = tf.Graph()
    with g.as_default():
        init = tf.placeholder_with_default(tf.constant([1.0, -2.0, 3.0]), shape=None)
        w = tf.Variable(init, validate_shape=False, name="w")
        print(w.shape, w.dtype)
        loss = tf.reduce_sum(w * w)
        opt = make()
        train = opt.minimize(loss)
        print(opt.get_name(), [(n, opt.get_slot(w, n).name, opt.get_slot(w, n).shape)
                               for n in opt.get_slot_names()])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(2):
                sess.run(train)
            print(rnd(sess.run(w), 4))
