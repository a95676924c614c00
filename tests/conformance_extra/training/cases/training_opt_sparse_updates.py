# Optimizers applying IndexedSlices gradients (sparse updates) with repeated ids.
from prelude import tf, np, rnd


def run(make_opt, steps=2):
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
        e = tf.nn.embedding_lookup(emb, tf.constant([0, 2, 0]))
        loss = tf.reduce_sum(e * tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
        train = make_opt().minimize(loss)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(steps):
                sess.run(train)
            return rnd(sess.run(emb))


print("sgd", run(lambda: tf.train.GradientDescentOptimizer(0.1)))
print("mom", run(lambda: tf.train.MomentumOptimizer(0.1, 0.9)))
print("adagrad", run(lambda: tf.train.AdagradOptimizer(0.5)))
print("adam", run(lambda: tf.train.AdamOptimizer(0.1)))
print("rms", run(lambda: tf.train.RMSPropOptimizer(0.1)))
print("ftrl", run(lambda: tf.train.FtrlOptimizer(0.5)))
print("adadelta", run(lambda: tf.train.AdadeltaOptimizer(1.0)))
print("padagrad", run(lambda: tf.train.ProximalAdagradOptimizer(0.5)))
