# seed / seed2 attrs of random ops under graph and op seeds (deterministic), across several op kinds.
from prelude import tf, np, rnd


def attrs(t):
    op = t.op if hasattr(t, "op") else t
    ops = [op] + [i.op for i in op.inputs]
    for o in ops:
        if "seed" in o.node_def.attr:
            return (o.type, o.get_attr("seed"), o.get_attr("seed2"))
    return None


with tf.Graph().as_default():
    print([attrs(t) for t in (tf.random_normal([1]), tf.random_uniform([1], seed=5), tf.truncated_normal([1], seed=5))])
with tf.Graph().as_default():
    tf.set_random_seed(1234)
    ts = [tf.random_normal([1]), tf.random_normal([1]), tf.random_uniform([1], seed=5),
          tf.random_uniform([1], seed=5), tf.random_uniform([2], maxval=3, dtype=tf.int32),
          tf.random_shuffle([1, 2]), tf.multinomial([[0.0, 0.0]], 1), tf.random.categorical([[0.0]], 1, seed=2),
          tf.random_gamma([1], 1.0), tf.random_poisson([1.0], [1], seed=9), tf.random_crop(tf.zeros([3]), [1], seed=4)]
    for t in ts:
        print(attrs(t))
with tf.Graph().as_default() as g:
    g.seed = 77
    print(attrs(tf.random_normal([1])), attrs(tf.random_normal([1], seed=0)))
with tf.Graph().as_default():
    tf.set_random_seed(0)
    print(attrs(tf.random_normal([1])), attrs(tf.random_normal([1], seed=2 ** 31 - 1)))
with tf.Graph().as_default():
    tf.random.set_random_seed(5)
    with tf.name_scope("s"):
        a = tf.random_uniform([1])
    print(a.name, attrs(a))
