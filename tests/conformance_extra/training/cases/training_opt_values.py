# A few steps of every TF1 optimizer from fixed values.
from prelude import tf, np, rnd


def run(make_opt, steps=3):
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        train = make_opt().minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            out = []
            for _ in range(steps):
                sess.run(train)
                out.append(rnd(sess.run(w)))
            return out


print("nesterov", run(lambda: tf.train.MomentumOptimizer(0.1, momentum=0.9, use_nesterov=True)))
print("adagrad", run(lambda: tf.train.AdagradOptimizer(0.5, initial_accumulator_value=0.2)))
print("adadelta", run(lambda: tf.train.AdadeltaOptimizer(1.0, rho=0.9, epsilon=1e-3)))
print("adam", run(lambda: tf.train.AdamOptimizer(0.2, beta1=0.8, beta2=0.99, epsilon=1e-4)))
print("rms", run(lambda: tf.train.RMSPropOptimizer(0.1)))
print("rms_mom", run(lambda: tf.train.RMSPropOptimizer(0.1, decay=0.8, momentum=0.5)))
print("rms_c", run(lambda: tf.train.RMSPropOptimizer(0.1, momentum=0.3, centered=True)))
print("ftrl", run(lambda: tf.train.FtrlOptimizer(0.5)))
print("ftrl_l1l2", run(lambda: tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.5,
                                                      l2_regularization_strength=0.3)))
print("ftrl_shrink", run(lambda: tf.train.FtrlOptimizer(0.5, l2_shrinkage_regularization_strength=0.1,
                                                        learning_rate_power=-0.6)))
print("pgd", run(lambda: tf.train.ProximalGradientDescentOptimizer(0.1, l1_regularization_strength=0.5,
                                                                   l2_regularization_strength=0.2)))
print("padagrad", run(lambda: tf.train.ProximalAdagradOptimizer(0.5, l1_regularization_strength=0.1,
                                                                l2_regularization_strength=0.1)))
