# variables_initializer, global/local initializers: names, types and what they run.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
l = tf.Variable(3.0, name="l", collections=[tf.GraphKeys.LOCAL_VARIABLES])
i1 = tf.variables_initializer([a])
i2 = tf.variables_initializer([], name="empty")
i3 = tf.global_variables_initializer()
i4 = tf.local_variables_initializer()
i5 = tf.variables_initializer([a, b], name="ab")
for op in [i1, i2, i3, i4, i5]:
    print(op.name, op.type, [x.name for x in op.control_inputs])
with tf.Session() as sess:
    sess.run(i1)
    print(sess.run(tf.report_uninitialized_variables()))
    sess.run(i4)
    print(sess.run(tf.report_uninitialized_variables(tf.global_variables() + tf.local_variables())))
    sess.run(i3)
    print(sess.run(tf.report_uninitialized_variables()))
