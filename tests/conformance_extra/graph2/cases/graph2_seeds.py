# tf.get_seed and op-level seeds recorded as attrs (never the random values).
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    print(tf.get_seed(None), tf.get_seed(5))
    r0 = tf.random_uniform([2], seed=7, name="ru")
    op0 = g.get_operation_by_name("ru/RandomUniform")
    print(op0.get_attr("seed"), op0.get_attr("seed2"))
with tf.Graph().as_default() as h:
    tf.set_random_seed(42)
    print(h.seed, tf.get_seed(3))
    r1 = tf.random_normal([2], seed=3, name="rn")
    r1op = h.get_operation_by_name("rn/RandomStandardNormal")
    print(r1op.get_attr("seed"), r1op.get_attr("seed2"))
    r2 = tf.truncated_normal([2], seed=0, name="tn")
    r2op = h.get_operation_by_name("tn/TruncatedNormal")
    print(r2op.get_attr("seed"), r2op.get_attr("seed2"))
    t = tf.random_shuffle(tf.constant([1, 2, 3]), seed=9)
    print(t.op.get_attr("seed"), t.op.get_attr("seed2"))
    d = tf.nn.dropout(tf.ones([2]), rate=0.5, seed=11)
    print([op.get_attr("seed2") for op in h.get_operations() if op.type == "RandomUniform"][-1])
with tf.Graph().as_default() as k:
    k.seed = 1
    print(tf.get_seed(2), tf.get_seed(0))
    tf.set_random_seed(None)
    print(k.seed, tf.get_seed(2))
with tf.Graph().as_default():
    tf.set_random_seed(0)
    print(tf.get_seed(0))
