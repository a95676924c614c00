# Random op construction: op types, names, dtypes, static shapes with tensor and placeholder shapes.
from prelude import tf, np, rnd

sp = tf.placeholder(tf.int32, [2])
ops = [tf.random_normal([2, 3], name="n"), tf.random.normal([4], dtype=tf.float16),
       tf.random_uniform(sp), tf.random_uniform([3], maxval=5, dtype=tf.int64),
       tf.random.uniform([2, 2], -1, 1, dtype=tf.float64), tf.truncated_normal(tf.constant([2, 5])),
       tf.random.truncated_normal([1], mean=3.0, stddev=0.1, dtype=tf.float64),
       tf.random_gamma([4], tf.constant([[1.0], [2.0]]), beta=tf.constant([1.0, 2.0, 3.0])),
       tf.random.gamma([2], 1.0, dtype=tf.float64), tf.random_poisson(tf.constant([1.0, 2.0]), [3]),
       tf.random.poisson([3.0], [2, 2], dtype=tf.int32), tf.multinomial(tf.zeros([3, 4]), 5, output_dtype=tf.int32),
       tf.random.categorical(tf.zeros([2, 3]), 7), tf.random_shuffle(tf.zeros([5, 2])),
       tf.random_crop(tf.zeros([6, 6, 3]), [2, 3, 3]), tf.random_uniform(tf.placeholder(tf.int32, [None]))]
for t in ops:
    print(t.op.type, t.name, t.dtype.name, t.shape)
with tf.Graph().as_default():
    x = tf.random_normal([2], mean=1.0, stddev=2.0)
    print(sorted(op.type for op in tf.get_default_graph().get_operations()))
    y = tf.random_crop(tf.zeros([4, 4]), [2, 2])
    print(sorted(set(op.type for op in tf.get_default_graph().get_operations())))
