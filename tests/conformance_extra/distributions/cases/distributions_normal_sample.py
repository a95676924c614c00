# Seeded Normal samples: values, shapes and names for several sample shapes.
from prelude import tf, np, rnd

tf.set_random_seed(7)
d = tf.distributions.Normal(loc=[0., 10.], scale=[1., 0.5])
s1 = d.sample(seed=1)
s2 = d.sample(3, seed=2)
s3 = d.sample([2, 2], seed=3)
s4 = d.sample(tf.constant([2, 1]), seed=4)
for t in [s1, s2, s3, s4]:
    print(t.name, t.shape, t.dtype)
with tf.Session() as s:
    for v in s.run([s1, s2, s3, s4]):
        print(rnd(v, 4))
