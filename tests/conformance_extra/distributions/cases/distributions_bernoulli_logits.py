# Bernoulli from logits: broadcasting events, float events, gradients, KL.
from prelude import tf, np, rnd

logits = tf.Variable([-1., 0.5])
d = tf.distributions.Bernoulli(logits=logits)
print(d.logits.name, d.probs.name, d.batch_shape)
lp = d.log_prob([[1], [0], [1]])
lpf = d.log_prob(tf.constant([1., 0.]))
print(lp.shape, lpf.shape, lp.dtype)
q = tf.distributions.Bernoulli(probs=[0.3, 0.3])
kl = tf.distributions.kl_divergence(d, q)
print(kl.name)
g = tf.gradients(tf.reduce_sum(lp) + tf.reduce_sum(d.entropy()), logits)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([lp, lpf, kl, d.probs])))
    print(rnd(s.run(g)))
for make in [lambda: tf.distributions.Bernoulli(logits=[1, 2]),
             lambda: tf.distributions.Bernoulli(probs=[1, 0]),
             lambda: tf.distributions.Bernoulli(),
             lambda: tf.distributions.Bernoulli(logits=1., probs=0.5)]:
    try:
        make()
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__, e)
with tf.Session() as s:
    for f in [lambda: tf.distributions.Bernoulli(probs=1.5, validate_args=True).probs,
              lambda: tf.distributions.Bernoulli(probs=0.3, validate_args=True).log_prob(2)]:
        try:
            s.run(f())
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__)
