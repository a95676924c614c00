# Momentum (plain and Nesterov) on a small MLP; slots, slot names, update op types.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

for nest in (False, True):
    g = tf.Graph()
    with g.as_default():
        tf.set_random_seed(1)
        x = tf.constant(np.linspace(-1, 1, 12).reshape(6, 2).astype(np.float32))
        y = tf.constant([[0.0], [1.0], [1.0], [0.0], [1.0], [0.0]])
        with tf.variable_scope("mlp"):
            w1 = tf.get_variable("w1", [2, 4], initializer=tf.constant_initializer(0.3))
            b1 = tf.get_variable("b1", [4], initializer=tf.zeros_initializer())
            w2 = tf.get_variable("w2", [4, 1], initializer=tf.constant_initializer(-0.2))
        h = tf.nn.tanh(tf.matmul(x, w1) + b1)
        logits = tf.matmul(h, w2)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
        opt = tf.train.MomentumOptimizer(0.5, 0.9, use_nesterov=nest)
        train = opt.minimize(loss)
        slot = opt.get_slot(w1, "momentum")
        print(nest, opt.get_slot_names(), slot.name, slot.shape, type(slot).__name__)
        print(sorted(o.type for o in g.get_operations() if "Apply" in o.type))
        print([v.name for v in tf.global_variables()])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for i in range(5):
                print(rnd(sess.run([loss, train])[0], 5))
            print(rnd(sess.run(slot), 4))
