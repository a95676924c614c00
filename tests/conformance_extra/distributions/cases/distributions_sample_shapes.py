# sample() shapes: static and fed sample shapes, batch and event shapes combined.
from prelude import tf, np, rnd

D = tf.distributions
n = tf.placeholder(tf.int32, [])
shp = tf.placeholder(tf.int32, [2])
ds = [D.Normal([0., 1., 2.], 1.), D.Dirichlet([[1., 1.]] * 3), D.Categorical(logits=[[0., 1.]] * 3),
      D.Bernoulli(probs=[[0.5, 0.5]]), D.Multinomial(2., probs=[0.5, 0.5]), D.Gamma([1., 2.], 1.),
      D.Beta(2., [1., 2.]), D.StudentT(3., [0., 1.], 1.), D.Exponential([1.]), D.Laplace(0., 1.)]
for d in ds:
    a = d.sample([2, 3], seed=1)
    b = d.sample(n, seed=1)
    c = d.sample(shp, seed=1)
    print(type(d).__name__, a.shape, b.shape, c.shape)
    with tf.Session() as s:
        print(s.run(tf.shape(b), {n: 4}).tolist(), s.run(tf.shape(c), {shp: [1, 2]}).tolist())
