# A tiny VAE step: encoder -> Normal posterior, reparameterized sample, KL to a prior, Bernoulli decoder.
from prelude import tf, np, rnd

x = tf.constant(np.array([[1., 0., 1., 1.], [0., 1., 0., 0.]], np.float32))
w_mu = tf.Variable(np.linspace(-0.5, 0.5, 8).reshape(4, 2).astype(np.float32))
w_sig = tf.Variable(np.linspace(0.2, -0.2, 8).reshape(4, 2).astype(np.float32))
w_dec = tf.Variable(np.linspace(-1., 1., 8).reshape(2, 4).astype(np.float32))
q = tf.distributions.Normal(loc=tf.matmul(x, w_mu), scale=tf.nn.softplus(tf.matmul(x, w_sig)))
z = q.sample(seed=21)
px = tf.distributions.Bernoulli(logits=tf.matmul(z, w_dec))
prior = tf.distributions.Normal(loc=tf.zeros([2]), scale=tf.ones([2]))
rec = tf.reduce_sum(px.log_prob(x), 1)
kl = tf.reduce_sum(tf.distributions.kl_divergence(q, prior), 1)
loss = tf.reduce_mean(kl - rec)
print(z.shape, rec.shape, kl.shape, loss.shape)
opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([z, rec, kl, loss]), 4))
    s.run(opt)
    print(rnd(s.run(loss), 4))
