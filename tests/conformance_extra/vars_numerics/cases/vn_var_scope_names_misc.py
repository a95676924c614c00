# variable_scope naming edge cases: default_name uniquifying, re-entry by object, auxiliary_name_scope=False.
from prelude import tf, np, rnd

with tf.variable_scope(None, default_name="layer") as s1:
    a = tf.get_variable("w", [1])
with tf.variable_scope(None, default_name="layer") as s2:
    b = tf.get_variable("w", [1])
print(s1.name, s2.name, a.name, b.name)
with tf.variable_scope("named", default_name="ignored") as s3:
    c = tf.get_variable("w", [1])
    t1 = tf.constant(1.0, name="t")
print(s3.name, c.name, t1.name)
with tf.variable_scope(s3):
    t2 = tf.constant(1.0, name="t")
    d = tf.get_variable("v", [1])
print(t2.name, d.name)
with tf.variable_scope(s3, auxiliary_name_scope=False):
    t3 = tf.constant(1.0, name="t")
    e = tf.get_variable("u", [1])
print(t3.name, e.name)
with tf.variable_scope("outer"):
    with tf.variable_scope(s3) as inner:
        f = tf.get_variable("z", [1])
        t4 = tf.constant(1.0, name="t")
print(inner.name, f.name, t4.name)
with tf.name_scope("ns"):
    g = tf.get_variable("g", [1])
    h = tf.Variable(1.0, name="h")
    with tf.variable_scope("vs"):
        k = tf.get_variable("k", [1])
        t5 = tf.constant(1.0, name="t")
print(g.name, h.name, k.name, t5.name)
with tf.variable_scope("named", reuse=True):
    print(tf.get_variable("w") is c, tf.get_variable_scope().reuse)
    with tf.variable_scope("deeper", reuse=False):
        print(tf.get_variable_scope().reuse)
