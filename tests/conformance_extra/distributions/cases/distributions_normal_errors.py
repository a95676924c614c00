# Normal: bad parameters at graph-build time and validate_args checks at run time.
from prelude import tf, np, rnd

D = tf.distributions
for make in [lambda: D.Normal(0, 1), lambda: D.Normal(0., 1),
             lambda: D.Normal(tf.constant(0., tf.float64), 1.),
             lambda: D.Normal(0., 1.).log_prob(tf.constant(1., tf.float64)),
             lambda: D.Normal(0., 1.).log_prob("a"),
             lambda: D.Normal(0., 1.).sample(-1), lambda: D.Normal(0., 1.).sample([[2]]),
             lambda: D.Normal(0., 1.).sample(2.5)]:
    try:
        make()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:  # constant parameters are checked while the graph is built
    D.Normal(0., [1., -1.], validate_args=True)
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__)
scale = tf.placeholder(tf.float32, [2])
d = D.Normal(0., scale, validate_args=True)
d2 = D.Normal(0., [1., -1.])
with tf.Session() as s:
    print(rnd(s.run(d.log_prob(0.), {scale: [1., 2.]})))
    try:
        s.run(d.log_prob(0.), {scale: [1., -1.]})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
    print(rnd(s.run(d2.log_prob(0.))))
d64 = D.Normal(tf.constant([0.], tf.float64), tf.constant(2., tf.float64))
print(d64.dtype, d64.log_prob(1.).dtype, d64.sample(2, seed=1).dtype, d64.log_prob(1).dtype)
