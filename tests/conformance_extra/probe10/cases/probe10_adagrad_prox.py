# Adagrad, ProximalAdagrad and ProximalGradientDescent with l1/l2 on dense and sparse (gather) grads.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

makers = [
    ("adagrad", lambda: tf.train.AdagradOptimizer(0.3, initial_accumulator_value=0.2)),
    ("proxada", lambda: tf.train.ProximalAdagradOptimizer(0.3, l1_regularization_strength=0.01,
                                                          l2_regularization_strength=0.02)),
    ("proxgd", lambda: tf.train.ProximalGradientDescentOptimizer(0.3, l1_regularization_strength=0.05)),
]
for name, make in makers:
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3) / 10.0, name="emb")
        dense = tf.Variable([1.0, -2.0], name="dense")
        ids = tf.constant([0, 2, 2])
        loss = tf.reduce_sum(tf.square(tf.gather(emb, ids))) + tf.reduce_sum(dense * dense)
        opt = make()
        train = opt.minimize(loss)
        print(name, sorted(o.type for o in g.get_operations() if "Apply" in o.type))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print(name, rnd(sess.run(emb), 4), rnd(sess.run(dense), 4))
