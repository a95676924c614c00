# tf.layers.dense as users call it: output op names, variable names, values with constant init.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]])
y1 = tf.layers.dense(x, 2, kernel_initializer=tf.constant_initializer(0.1))
y2 = tf.layers.dense(x, 2, activation=tf.nn.relu,
                     kernel_initializer=tf.constant_initializer(-0.2),
                     bias_initializer=tf.constant_initializer(0.3))
y3 = tf.layers.dense(x, 4, use_bias=False, kernel_initializer=tf.ones_initializer(),
                     name="nobias")
y4 = tf.layers.dense(x, 1, activation=tf.nn.sigmoid, name="head",
                     kernel_initializer=tf.zeros_initializer())
print(y1.op.name, y2.op.name, y3.op.name, y4.op.name)
print(y1.op.type, y2.op.type, y3.op.type, y4.op.type)
print(y1.shape.as_list(), y3.shape.as_list(), y1.dtype.name)
print([v.name for v in tf.global_variables()])
print([v.shape.as_list() for v in tf.trainable_variables()])
print(len(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y1)))
    print(rnd(sess.run(y2)))
    print(rnd(sess.run(y3)))
    print(rnd(sess.run(y4)))
