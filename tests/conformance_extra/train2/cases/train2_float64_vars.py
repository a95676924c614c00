# Optimizers on float64 variables: slot dtypes, beta power dtype and values.
from prelude import tf, np, rnd


def run(name, make, steps=2):
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(np.array([1.0, -2.0]), name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0], tf.float64)))
        opt = make(gs)
        train = opt.minimize(loss, global_step=gs)
        names = sorted(opt.get_slot_names())
        print(name, w.dtype.name, [(opt.get_slot(w, n).name, opt.get_slot(w, n).dtype.name) for n in names])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            out = sess.run(w)
            print("  ", out.dtype, rnd(out))


run("sgd", lambda gs: tf.train.GradientDescentOptimizer(0.1))
run("sgd_t", lambda gs: tf.train.GradientDescentOptimizer(tf.constant(0.1, tf.float64)))
run("mom", lambda gs: tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True))
run("adagrad", lambda gs: tf.train.AdagradOptimizer(0.5))
run("adagradda", lambda gs: tf.train.AdagradDAOptimizer(0.5, global_step=gs))
run("adadelta", lambda gs: tf.train.AdadeltaOptimizer(1.0))
run("adam", lambda gs: tf.train.AdamOptimizer(0.1))
run("rms", lambda gs: tf.train.RMSPropOptimizer(0.1, momentum=0.5, centered=True))
run("ftrl", lambda gs: tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.1))

g = tf.Graph()
with g.as_default():
    w = tf.Variable(np.array([1.0, -2.0]), name="w")
    opt = tf.train.AdamOptimizer(0.1)
    opt.minimize(tf.reduce_sum(w * w))
    b1, b2 = opt._get_beta_accumulators()
    print(b1.dtype.name, b2.dtype.name)
