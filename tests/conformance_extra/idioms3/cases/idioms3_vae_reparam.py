# Variational autoencoder: encoder to (mu, log_var), seeded reparameterisation with random_normal, KL + Bernoulli reconstruction loss.
from prelude import tf, np, rnd

rs = np.random.RandomState(28)
data = (rs.rand(32, 6) > 0.5).astype(np.float32)
tf.set_random_seed(5)
x = tf.placeholder(tf.float32, [None, 6], name="x")
init = tf.glorot_uniform_initializer(seed=3)
with tf.variable_scope("encoder"):
    h = tf.nn.softplus(tf.matmul(x, tf.get_variable("W", [6, 8], initializer=init)))
    mu = tf.matmul(h, tf.get_variable("W_mu", [8, 2], initializer=init))
    log_var = tf.matmul(h, tf.get_variable("W_lv", [8, 2], initializer=init))
eps = tf.random_normal(tf.shape(mu), 0, 1, dtype=tf.float32, seed=9)
z = tf.add(mu, tf.sqrt(tf.exp(log_var)) * eps, name="z")
with tf.variable_scope("decoder"):
    hd = tf.nn.softplus(tf.matmul(z, tf.get_variable("W", [2, 8], initializer=init)))
    logits = tf.matmul(hd, tf.get_variable("W_out", [8, 6], initializer=init))
recon = tf.reduce_sum(tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=logits), 1)
kl = -0.5 * tf.reduce_sum(1 + log_var - tf.square(mu) - tf.exp(log_var), 1)
elbo_loss = tf.reduce_mean(recon + kl)
train = tf.train.AdamOptimizer(0.01).minimize(elbo_loss)
print(z.name, z.shape, eps.shape, kl.shape, [v.name for v in tf.trainable_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(20):
        _, l, k_ = sess.run([train, elbo_loss, tf.reduce_mean(kl)], {x: data})
        if epoch % 5 == 0:
            print(epoch, "%.4g" % l, "%.4g" % k_)
    m = sess.run(mu, {x: data[:2]})
    print(rnd(m, 3))
    gen = sess.run(tf.sigmoid(logits), {z: np.zeros((1, 2), np.float32)})
    print(rnd(gen, 3))
