# Small GAN: generator/discriminator scopes, AUTO reuse of D, two Adam optimizers with var_lists from scoped collections.
from prelude import tf, np, rnd

tf.set_random_seed(42)
real = tf.placeholder(tf.float32, [None, 1], name="real")
z = tf.random_uniform([16, 2], -1.0, 1.0, seed=9, name="z")


def generator(z):
    with tf.variable_scope("generator"):
        h = tf.nn.relu(tf.matmul(z, tf.get_variable("w1", [2, 8], initializer=tf.random_normal_initializer(stddev=0.5, seed=1))))
        return tf.matmul(h, tf.get_variable("w2", [8, 1], initializer=tf.random_normal_initializer(stddev=0.5, seed=2)))


def discriminator(x):
    with tf.variable_scope("discriminator", reuse=tf.AUTO_REUSE):
        w1 = tf.get_variable("w1", [1, 8], initializer=tf.random_normal_initializer(stddev=0.5, seed=3))
        b1 = tf.get_variable("b1", [8], initializer=tf.zeros_initializer())
        w2 = tf.get_variable("w2", [8, 1], initializer=tf.random_normal_initializer(stddev=0.5, seed=4))
        return tf.matmul(tf.nn.leaky_relu(tf.matmul(x, w1) + b1, 0.2), w2)


fake = generator(z)
d_real = discriminator(real)
d_fake = discriminator(fake)
ce = tf.nn.sigmoid_cross_entropy_with_logits
d_loss = tf.reduce_mean(ce(labels=tf.ones_like(d_real), logits=d_real)) + tf.reduce_mean(ce(labels=tf.zeros_like(d_fake), logits=d_fake))
g_loss = tf.reduce_mean(ce(labels=tf.ones_like(d_fake), logits=d_fake))
d_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="discriminator")
g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="generator")
print([v.name for v in d_vars], [v.name for v in g_vars])
d_opt = tf.train.AdamOptimizer(0.01, beta1=0.5, name="d_adam").minimize(d_loss, var_list=d_vars)
g_opt = tf.train.AdamOptimizer(0.01, beta1=0.5, name="g_adam").minimize(g_loss, var_list=g_vars)
print(d_opt.name, g_opt.name, len(tf.global_variables()))
print(sorted(v.name for v in tf.global_variables() if "adam" in v.name)[:4])
rs = np.random.RandomState(0)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(20):
        batch = (rs.randn(16, 1) * 0.5 + 3.0).astype(np.float32)
        _, dl = sess.run([d_opt, d_loss], {real: batch})
        _, gl = sess.run([g_opt, g_loss], {real: batch})
        if step % 5 == 0:
            print(step, "%.4g" % dl, "%.4g" % gl)
    print("fake mean %.4g" % sess.run(tf.reduce_mean(fake)))
