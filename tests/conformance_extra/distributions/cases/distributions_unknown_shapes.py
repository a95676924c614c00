# Parameters of unknown rank or unknown dimensions: static shapes, then fed values.
from prelude import tf, np, rnd

D = tf.distributions
ph = tf.placeholder(tf.float32)
c = D.Categorical(logits=ph)
print(c.batch_shape, c.event_shape)
s = c.sample(2, seed=1)
lp = c.log_prob(0)
e = c.entropy()
print(s.shape, lp.shape, e.shape)
ph2 = tf.placeholder(tf.float32, [None, None])
d2 = D.Dirichlet(ph2)
print(d2.batch_shape, d2.event_shape, d2.sample(3, seed=1).shape, d2.mean().shape)
m = D.Multinomial(3., logits=ph2)
print(m.batch_shape, m.event_shape, m.sample(2, seed=1).shape)
b = D.Bernoulli(logits=ph)
print(b.batch_shape, b.sample(3, seed=1).shape, b.log_prob(1).shape)
with tf.Session() as sess:
    sv, lv, ev = sess.run([s, lp, e], {ph: [[0., 1., 2.], [1., 1., 1.]]})
    print(sv.tolist(), rnd(lv, 4), rnd(ev, 4))
    print(rnd(sess.run(d2.sample(2, seed=1), {ph2: [[1., 2., 3.]]}), 4))
    print(sess.run(m.sample(1, seed=1), {ph2: [[0., 0., 0.]]}).tolist())
    print(sess.run(b.sample(3, seed=1), {ph: [0.1, 0.]}).tolist())
    print(sess.run(c.batch_shape_tensor(), {ph: [[0., 1., 2.], [1., 1., 1.]]}).tolist())
    print(sess.run(d2.event_shape_tensor(), {ph2: [[1., 2., 3.]]}).tolist())
n = D.Normal(0., 1.)
print(n.sample(tf.placeholder(tf.int32, [None]), seed=1).shape)
print(n.log_prob(tf.placeholder(tf.float32, [None])).shape)
print(D.Uniform(tf.constant([0., 1.]), tf.constant([[2.], [3.]])).batch_shape)
print(D.Categorical(probs=[[0.5, 0.5]]).log_prob([[0, 1], [1, 1], [0, 0]]).shape)
print(D.Exponential(tf.placeholder(tf.float32, [None])).sample(2).shape)
try:
    n.sample(tf.placeholder(tf.int32, [None, None]))
except ValueError as e:
    print(type(e).__name__)
