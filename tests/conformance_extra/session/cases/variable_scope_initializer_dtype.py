# variable_scope initializer and dtype defaults inherited by get_variable,
# overridden per call, and by nested scopes.
from prelude import tf, np, rnd

with tf.variable_scope("s", initializer=tf.constant_initializer(0.5)) as s:
    a = tf.get_variable("a", [2])
    b = tf.get_variable("b", [2], initializer=tf.constant_initializer(1.5))
    with tf.variable_scope("in"):
        c = tf.get_variable("c", [1])
    with tf.variable_scope("in2", initializer=tf.zeros_initializer()):
        d = tf.get_variable("d", [1])
    print(s.initializer is not None, s.dtype.name)
with tf.variable_scope("t", dtype=tf.float64):
    e = tf.get_variable("e", [1])
    f = tf.get_variable("f", [1], dtype=tf.float32)
    with tf.variable_scope("u"):
        g = tf.get_variable("g", [1])
    print(tf.get_variable_scope().dtype.name)
with tf.variable_scope("w", dtype=tf.int32, initializer=tf.ones_initializer()):
    h = tf.get_variable("h", [2])
print([v.dtype.name for v in [a, b, c, d, e, f, g, h]])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([rnd(sess.run(v)) for v in [a, b, c, d, h]])
with tf.variable_scope("s", reuse=True):
    print(tf.get_variable("a") is a)
