# Adagrad/RMSProp/Adadelta/Ftrl on ref variables: update op types and values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
results = {}
for name, make in [("adagrad", lambda: tf.train.AdagradOptimizer(0.1)),
                   ("rmsprop", lambda: tf.train.RMSPropOptimizer(0.01)),
                   ("adadelta", lambda: tf.train.AdadeltaOptimizer(1.0)),
                   ("ftrl", lambda: tf.train.FtrlOptimizer(0.1)),
                   ("nesterov", lambda: tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True))]:
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -1.0, 2.0], name="w")
        loss = tf.reduce_sum(tf.square(w - 0.5))
        opt = make()
        train = opt.minimize(loss)
        types = sorted(o.type for o in g.get_operations() if o.type.startswith(("Apply", "SparseApply")))
        print(name, types, sorted(opt.get_slot_names()))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print(name, rnd(sess.run(w), 4))
