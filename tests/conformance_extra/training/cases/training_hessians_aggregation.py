# tf.hessians and aggregation_method on tf.gradients.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0])
f = tf.reduce_sum(x * x * x) + x[0] * x[1]
h = tf.hessians(f, x)
print(type(h).__name__, len(h), h[0].shape.as_list())
y = x * 2.0 + x * 3.0 + tf.sin(x)
for m in [tf.AggregationMethod.ADD_N, tf.AggregationMethod.EXPERIMENTAL_TREE,
          tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N, tf.AggregationMethod.DEFAULT]:
    print(m)
g1 = tf.gradients(y, x, aggregation_method=tf.AggregationMethod.ADD_N)[0]
g2 = tf.gradients(y, x, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)[0]
gg = tf.gradients(tf.gradients(tf.reduce_sum(x * x * x), x)[0], x)[0]
with tf.Session() as sess:
    print(rnd(sess.run(h)))
    print(rnd(sess.run([g1, g2])))
    print(rnd(sess.run(gg)))
