# tf.layers.dense with default (resource) variables: op types of the graph, variable reprs, trainable lists, values.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
h = tf.layers.dense(x, 2, activation=tf.nn.relu, kernel_initializer=tf.constant_initializer([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]),
                    bias_initializer=tf.constant_initializer(0.1), name="fc")
print(h.name, h.shape)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations() if op.name.startswith("fc/")])
for v in tf.global_variables():
    print(repr(v), v.op.type, v.initializer.type, v.dtype.name)
print([v.name for v in tf.trainable_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(h, {x: [[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]]})))
    k = tf.trainable_variables()[0]
    print(rnd(sess.run(k.assign_add(tf.ones([3, 2])))))
    print(rnd(sess.run(h, {x: [[1.0, 2.0, 3.0]]})))
