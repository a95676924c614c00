# Aggregating several gradients (dense and IndexedSlices) into one: op types and values per method.
from prelude import tf, np, rnd

p = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="p")
two_slices = tf.reduce_sum(tf.gather(p, [0])) + tf.reduce_sum(tf.gather(p, [2, 0]))
mixed = tf.reduce_sum(tf.gather(p, [1])) + tf.reduce_sum(p * p)
three_dense = tf.reduce_sum(p * 2.0) + tf.reduce_sum(p * 3.0) + tf.reduce_sum(tf.sin(p))
res = {}
for m in [tf.AggregationMethod.ADD_N, tf.AggregationMethod.EXPERIMENTAL_TREE,
          tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N]:
    gs = tf.gradients([two_slices, mixed, three_dense], p, aggregation_method=m)[0]
    g_s = tf.gradients(two_slices, p, aggregation_method=m)[0]
    g_m = tf.gradients(mixed, p, aggregation_method=m)[0]
    g_d = tf.gradients(three_dense, p, aggregation_method=m)[0]
    print(m, type(gs).__name__, type(g_s).__name__, type(g_m).__name__, type(g_d).__name__)
    res[m] = [gs, g_s, g_m, g_d]
g = tf.gradients(three_dense, p)[0]
print(g.op.type, g.name)
with tf.Session() as sess:
    for m in sorted(res):
        print(m, [rnd(sess.run(tf.convert_to_tensor(t))) for t in res[m]])
