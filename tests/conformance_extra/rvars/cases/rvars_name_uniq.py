# Name uniquification of variables, inside name_scope, variable_scope and default names.
from prelude import tf, np, rnd

v1 = tf.Variable(1.0)
v2 = tf.Variable(2.0)
v3 = tf.Variable(3.0, name="x")
v4 = tf.Variable(4.0, name="x")
with tf.name_scope("ns"):
    v5 = tf.Variable(5.0, name="y")
    v6 = tf.Variable(6.0)
with tf.variable_scope("vs"):
    v7 = tf.Variable(7.0, name="z")
    v8 = tf.get_variable("g", [], initializer=tf.zeros_initializer())
with tf.variable_scope("vs", reuse=True):
    v9 = tf.Variable(9.0, name="z")
with tf.name_scope("ns"):
    v10 = tf.Variable(10.0, name="y")
v11 = tf.Variable(11.0, name="x_1")
v12 = tf.Variable(12.0, name="a/b")
for v in [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12]:
    print(v.name, v.op.name, v.initializer.name, v.initial_value.name)
