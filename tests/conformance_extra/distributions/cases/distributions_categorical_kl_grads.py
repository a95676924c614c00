# Categorical KL (logits and probs forms) and gradients for a policy-gradient style loss.
from prelude import tf, np, rnd

logits = tf.Variable([[0.5, -0.2, 1.], [2., 0., 0.]])
pi = tf.distributions.Categorical(logits=logits)
old = tf.distributions.Categorical(probs=[[0.3, 0.3, 0.4], [0.6, 0.2, 0.2]])
kl = tf.distributions.kl_divergence(pi, old)
kl_rev = tf.distributions.kl_divergence(old, pi)
actions = tf.constant([2, 0])
adv = tf.constant([1.5, -0.5])
loss = -tf.reduce_mean(pi.log_prob(actions) * adv) - 0.01 * tf.reduce_mean(pi.entropy())
grad = tf.gradients(loss, logits)[0]
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
print(kl.name, kl_rev.name, kl.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([kl, kl_rev, loss])))
    print(rnd(s.run(grad)))
    s.run(train)
    print(rnd(s.run([loss, logits])))
