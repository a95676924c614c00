# Categorical: bad construction and bad values.
from prelude import tf, np, rnd

C = tf.distributions.Categorical
for make in [lambda: C(), lambda: C(logits=[1., 2.], probs=[0.5, 0.5]),
             lambda: C(logits=[1, 2]), lambda: C(probs=1.),
             lambda: C(logits=[1., 2.]).log_prob("a")]:
    try:
        make()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
d = C(probs=[0.5, 0.5], validate_args=True)
with tf.Session() as s:
    print(rnd(s.run(d.log_prob(1.))))
    try:
        s.run(d.log_prob(2.5))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
    print(rnd(s.run(C(logits=[1., 2.]).log_prob(tf.constant(1.)))))
