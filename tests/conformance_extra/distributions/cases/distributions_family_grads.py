# Gradients through samples (implicit reparameterization for gamma-based families),
# entropies, log densities and cdfs, for every scalar family.
from prelude import tf, np, rnd

D = tf.distributions
c = tf.constant([1.5, 3.])
r = tf.constant([2., 1.])
x = tf.constant([0.5, 2.])
ds = {"gamma": D.Gamma(c, r), "beta": D.Beta(c, r), "dirichlet": D.Dirichlet(c),
      "student_t": D.StudentT(c, r, 1.), "exponential": D.Exponential(r),
      "uniform": D.Uniform(c, c + r), "laplace": D.Laplace(c, r), "normal": D.Normal(c, r)}


def show(ts, s):
    return [None if t is None else rnd(s.run(t), 4) for t in ts]


with tf.Session() as s:
    for k, d in ds.items():
        print(k, d.reparameterization_type)
        print(" sample", show(tf.gradients(tf.reduce_sum(d.sample(3, seed=1)), [c, r]), s))
        print(" entropy", show(tf.gradients(tf.reduce_sum(d.entropy()), [c, r]), s))
        if k != "dirichlet":
            y = tf.reduce_sum(d.log_prob(x)) + tf.reduce_sum(d.cdf(x))
            print(" density", show(tf.gradients(y, [c, r, x]), s))
