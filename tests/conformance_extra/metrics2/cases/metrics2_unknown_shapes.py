# Metrics on inputs of unknown rank/shape, int64/float64/bool dtypes, and trailing size-1 dims squeezed.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float64)
b = tf.placeholder(tf.float64)
m, mu = tf.metrics.mean_absolute_error(a, b)
acc, accu = tf.metrics.accuracy(tf.placeholder(tf.int64, [None, 1], name="l"), tf.placeholder(tf.int64, [None], name="p"))
mm, mmu = tf.metrics.mean(tf.placeholder(tf.float64, None, name="v"))
print(m.dtype.name, mu.dtype.name, mm.dtype.name, acc.dtype.name)
tp, tpu = tf.metrics.true_positives(tf.placeholder(tf.bool, [None], name="tl"), tf.placeholder(tf.bool, [None], name="tp"))
print(tp.dtype.name, tpu.dtype.name, tp.name, tpu.name)
print([(v.name, v.dtype.name) for v in tf.local_variables()])
g = tf.get_default_graph()
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(mu, {a: [[1.0, 2.0]], b: [[2.0, 0.0]]})))
    print(rnd(sess.run(mu, {a: 3.0, b: 1.0})))
    print(rnd(sess.run(accu, {g.get_tensor_by_name("l:0"): [[1], [2], [3]], g.get_tensor_by_name("p:0"): [1, 2, 0]})))
    print(rnd(sess.run(mmu, {g.get_tensor_by_name("v:0"): np.ones([2, 2, 2])})))
    print(rnd(sess.run(mmu, {g.get_tensor_by_name("v:0"): np.zeros([0])})))
    print(rnd(sess.run(tpu, {g.get_tensor_by_name("tl:0"): [True, True, False], g.get_tensor_by_name("tp:0"): [True, False, True]})))
