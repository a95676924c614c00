# A variable read several times: gradient aggregation (AddN) names, aggregation_method, values.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
y = tf.reduce_sum(w * 2.0) + tf.reduce_sum(w * w) + tf.reduce_sum(tf.gather(w, [1]))
(g,) = tf.gradients(y, [w])
print(type(g).__name__, g.name, g.op.type)
(g2,) = tf.gradients(y, [w], aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)
print(type(g2).__name__, g2.op.type)
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(y, aggregation_method=tf.AggregationMethod.ADD_N)
print(type(gv[0][0]).__name__)
train = opt.apply_gradients(gv)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g)), rnd(sess.run(g2)))
    sess.run(train)
    print(rnd(sess.run(w), 4))
