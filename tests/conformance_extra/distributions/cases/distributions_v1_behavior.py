# After tf.disable_v2_behavior(): TF1 shapes (?), ref variables as parameters, fed batches.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
D = tf.distributions
v = tf.Variable([0.5, 1.])
ph = tf.placeholder(tf.float32, [None, 3])
for d in [D.Normal(v, 1.), D.Categorical(logits=ph), D.Dirichlet(ph), D.Multinomial(2., logits=ph),
          D.Bernoulli(logits=ph), D.StudentT(3., v, 1.)]:
    s = d.sample(2, seed=1)
    print(type(d).__name__, d.batch_shape, d.event_shape, s.shape, repr(d))
g = tf.gradients(D.Normal(v, 1.).log_prob(0.), v)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g)))
    print(sess.run(D.Categorical(logits=ph).sample(3, seed=2), {ph: np.zeros([2, 3])}).tolist())
    print(rnd(sess.run(D.Dirichlet(ph).mean(), {ph: [[1., 2., 5.]]})))
