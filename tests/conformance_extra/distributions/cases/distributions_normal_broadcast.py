# Normal batch shapes come from broadcasting loc and scale; values broadcast against the batch.
from prelude import tf, np, rnd

d = tf.distributions.Normal(loc=[[0.], [1.]], scale=[1., 2., 3.])
print(d.batch_shape, d.event_shape)
lp = d.log_prob([[[0.5]], [[-0.5]]])
print(lp.shape, d.mean().shape, d.entropy().shape, d.stddev().shape)
ph = tf.placeholder(tf.float32, [None, 3])
d2 = tf.distributions.Normal(loc=ph, scale=1.)
print(d2.batch_shape, d2.sample(2, seed=3).shape, d2.log_prob(0.).shape)
d3 = tf.distributions.Normal(loc=tf.placeholder(tf.float32), scale=1.)
print(d3.batch_shape, d3.sample([2, 2], seed=3).shape)
with tf.Session() as s:
    print(rnd(s.run(lp)))
    print(rnd(s.run(d.entropy())))
    print(s.run(d2.batch_shape_tensor(), {ph: np.zeros([4, 3], np.float32)}))
    print(s.run(tf.shape(d2.sample(2, seed=3)), {ph: np.zeros([4, 3], np.float32)}))
bad = tf.distributions.Normal([0., 1.], [1., 2., 3.])
try:
    bad.batch_shape
except ValueError as e:
    print(type(e).__name__)
