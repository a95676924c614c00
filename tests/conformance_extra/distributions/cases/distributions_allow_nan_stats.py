# Undefined statistics: NaN with allow_nan_stats=True, a run-time error without.
from prelude import tf, np, rnd

D = tf.distributions
with tf.Session() as s:
    print(rnd(s.run([D.Beta([0.5, 2.], [3., 0.8]).mode(), D.Beta(2., 3.).mode(),
                     D.Dirichlet([0.5, 2., 2.]).mode(), D.StudentT([0.5, 1.5, 3.], 0., 1.).variance(),
                     D.StudentT([0.5, 1.5, 3.], 0., 1.).stddev(), D.Gamma([0.5, 2.], 1.).mode()])))
    for f in [lambda: D.Beta(0.5, 3., allow_nan_stats=False).mode(),
              lambda: D.Dirichlet([0.5, 2., 2.], allow_nan_stats=False).mode(),
              lambda: D.StudentT(0.8, 0., 1., allow_nan_stats=False).variance(),
              lambda: D.Gamma(0.5, 1., allow_nan_stats=False).mode()]:
        try:
            print(rnd(s.run(f())))
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__)
    print(rnd(s.run([D.Beta(2., 3., allow_nan_stats=False).mode(),
                     D.StudentT(3., 0., 2., allow_nan_stats=False).variance()])))
