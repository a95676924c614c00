# Absolute name scopes ("a/") combined with variable scopes and nested scopes.
from prelude import tf, np

g = tf.get_default_graph()
with tf.name_scope("x") as x:
    pass
with tf.name_scope("y"):
    with tf.name_scope(x) as again:
        a = tf.constant(1, name="a")
        print(again, g.get_name_scope())
    with tf.name_scope("z/") as z:
        b = tf.constant(1, name="b")
        print(z, g.get_name_scope())
    with tf.name_scope("z/w/") as zw:
        print(zw, g.get_name_scope())
print(a.name, b.name)
with tf.variable_scope("vs"):
    with tf.name_scope("abs/") as s:
        v = tf.get_variable("v", [1])
        c = tf.constant(1, name="c")
        print(s, tf.get_variable_scope().name, g.get_name_scope())
print(v.name, c.name)
with tf.name_scope("p"):
    d = tf.constant(1, name="q/")
    e = tf.constant(1, name="q")
print(d.name, e.name)
with tf.name_scope("m") as m:
    with tf.name_scope("m") as mm:
        print(m, mm)
with tf.name_scope("m/"):
    f = tf.constant(1, name="f")
print(f.name)
