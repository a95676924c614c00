# param_shapes / param_static_shapes per class.
from prelude import tf, np, rnd

D = tf.distributions
for cls in [D.Normal, D.Uniform, D.Laplace, D.Gamma, D.Exponential, D.Beta, D.StudentT,
            D.Bernoulli, D.Dirichlet, D.Categorical, D.Multinomial]:
    try:
        print(cls.__name__, sorted((k, str(v)) for k, v in cls.param_static_shapes([3, 2]).items()))
    except NotImplementedError as e:
        print(cls.__name__, type(e).__name__)
ps = D.Normal.param_shapes([4])
with tf.Session() as s:
    print(sorted((k, v.tolist()) for k, v in s.run(ps).items()))
