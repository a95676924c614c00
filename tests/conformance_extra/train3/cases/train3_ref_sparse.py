# Ref variables (disable_resource_variables) with sparse gather gradients: update op types, values.
from prelude import tf, np, rnd

tf.disable_resource_variables()
for make in (lambda: tf.train.GradientDescentOptimizer(0.5), lambda: tf.train.AdamOptimizer(0.1),
             lambda: tf.train.MomentumOptimizer(0.1, 0.9), lambda: tf.train.AdagradOptimizer(0.3)):
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
        loss = tf.reduce_sum(tf.gather(emb, [2, 0, 2]) * 2.0)
        opt = make()
        train = opt.minimize(loss)
        print(opt.get_name(), train.type, sorted({op.type for op in g.get_operations()
                                                   if op.name.startswith(opt.get_name() + "/update_emb/")}))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(2):
                sess.run(train)
            print(rnd(sess.run(emb), 4))
