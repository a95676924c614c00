# Categorical seeded samples: rank-1, rank-2 and rank-3 logits, sample dtypes.
from prelude import tf, np, rnd

tf.set_random_seed(3)
a = tf.distributions.Categorical(logits=[0., 1., 2.])
b = tf.distributions.Categorical(probs=[[0.1, 0.9], [0.5, 0.5], [0.99, 0.01]])
c = tf.distributions.Categorical(logits=tf.zeros([2, 2, 4]))
f = tf.distributions.Categorical(logits=[0., 1.], dtype=tf.float32)
i64 = tf.distributions.Categorical(logits=[0., 1.], dtype=tf.int64)
outs = [a.sample(5, seed=1), b.sample(4, seed=2), c.sample([2], seed=3), f.sample(3, seed=4),
        i64.sample(3, seed=5), a.sample(seed=6)]
for o in outs:
    print(o.shape, o.dtype)
print(outs[0].name, outs[1].name)
with tf.Session() as s:
    for v in s.run(outs):
        print(np.asarray(v).tolist())
