# opt.variables() / non-slot variables for each optimizer over two variables, and two minimize calls.
from prelude import tf, np, rnd


def inspect(name, make):
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        a = tf.Variable([1.0, 2.0], name="a")
        with tf.variable_scope("s"):
            c = tf.get_variable("c", initializer=tf.constant(0.5))
        opt = make(gs)
        opt.minimize(tf.reduce_sum(a * a))
        print(name, [v.name for v in opt.variables()])
        opt.minimize(c * c)
        print("  ", [v.name for v in opt.variables()])
        print("  ", [opt.get_slot(c, s).name for s in sorted(opt.get_slot_names())])
        print("  ", sorted(v.name for v in tf.global_variables()))


inspect("sgd", lambda gs: tf.train.GradientDescentOptimizer(0.1))
inspect("nesterov", lambda gs: tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True))
inspect("adagrad", lambda gs: tf.train.AdagradOptimizer(0.1))
inspect("adagradda", lambda gs: tf.train.AdagradDAOptimizer(0.1, global_step=gs))
inspect("adadelta", lambda gs: tf.train.AdadeltaOptimizer(0.1))
inspect("adam", lambda gs: tf.train.AdamOptimizer(0.1))
inspect("rmsc", lambda gs: tf.train.RMSPropOptimizer(0.1, momentum=0.1, centered=True))
inspect("ftrl", lambda gs: tf.train.FtrlOptimizer(0.1, l2_shrinkage_regularization_strength=0.1))
inspect("pgd", lambda gs: tf.train.ProximalGradientDescentOptimizer(0.1))
inspect("padagrad", lambda gs: tf.train.ProximalAdagradOptimizer(0.1))
