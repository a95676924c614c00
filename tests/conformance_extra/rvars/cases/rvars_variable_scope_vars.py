# Variables inside variable_scope/name_scope: get_variable vs tf.Variable names, scope initializer/dtype.
from prelude import tf, np, rnd

with tf.variable_scope("outer", initializer=tf.constant_initializer(2.0)):
    with tf.name_scope("ns"):
        a = tf.get_variable("a", [1])
        b = tf.Variable(1.0, name="b")
        r = a.read_value()
    with tf.variable_scope("inner", dtype=tf.float64):
        c = tf.get_variable("c", [2])
        d = tf.get_variable("d", [2], initializer=tf.ones_initializer())
for v in [a, b, c, d]:
    print(v.name, v.dtype.name, v.initializer.name, v.initial_value.name)
print(r.name)
with tf.variable_scope("outer", reuse=True):
    a2 = tf.get_variable("a")
    c2 = tf.get_variable("inner/c", dtype=tf.float64)
print(a2 is a, c2 is c)
print([v.name for v in tf.global_variables("outer/inner")])
print([v.name for v in tf.trainable_variables("outer")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([a, b, c, d])))
