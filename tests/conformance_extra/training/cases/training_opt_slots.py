# Optimizer slot names and the variables each optimizer creates.
from prelude import tf, np, rnd


def inspect(name, make):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        b = tf.Variable(0.5, name="b")
        loss = tf.reduce_sum(w * w) + b * b
        opt = make()
        train = opt.minimize(loss)
        print(name, opt.get_name(), sorted(opt.get_slot_names()))
        print("  ", [v.name for v in tf.global_variables()])
        print("  ", [v.name for v in tf.trainable_variables()])
        for s in sorted(opt.get_slot_names()):
            sv = opt.get_slot(w, s)
            print("  ", s, sv.name, sv.shape.as_list(), sv in tf.trainable_variables())
        print("  ", opt.get_slot(w, "nonexistent"), train.type, train.name)


inspect("sgd", lambda: tf.train.GradientDescentOptimizer(0.1))
inspect("mom", lambda: tf.train.MomentumOptimizer(0.1, 0.9))
inspect("adagrad", lambda: tf.train.AdagradOptimizer(0.1))
inspect("adadelta", lambda: tf.train.AdadeltaOptimizer(0.1))
inspect("adam", lambda: tf.train.AdamOptimizer(0.1))
inspect("rms", lambda: tf.train.RMSPropOptimizer(0.1))
inspect("rmsc", lambda: tf.train.RMSPropOptimizer(0.1, momentum=0.5, centered=True))
inspect("ftrl", lambda: tf.train.FtrlOptimizer(0.1))
inspect("pgd", lambda: tf.train.ProximalGradientDescentOptimizer(0.1))
inspect("padagrad", lambda: tf.train.ProximalAdagradOptimizer(0.1))
