# Name scopes and op names share one namespace.
from prelude import tf, np

a = tf.constant(1, name="foo")
with tf.name_scope("foo") as s:
    b = tf.constant(1, name="x")
print(s, b.name)
with tf.name_scope("bar") as s2:
    pass
c = tf.constant(1, name="bar")
print(s2, c.name)
d = tf.constant(1, name="foo_1/x")
print(d.name)
e = tf.constant(1, name="Foo")
print(e.name)
with tf.name_scope("baz"):
    f = tf.constant(1, name="baz")
print(f.name)
g = tf.constant(1, name="baz")
print(g.name)
with tf.name_scope("q"):
    pass
h = tf.constant(1, name="q/r")
with tf.name_scope("q/"):
    i = tf.constant(1, name="r")
print(h.name, i.name)
with tf.name_scope("a/b"):
    j = tf.constant(1, name="c")
with tf.name_scope("a"):
    k = tf.constant(1, name="c")
    with tf.name_scope("b"):
        l = tf.constant(1, name="c")
print(j.name, k.name, l.name)
v = tf.Variable(1.0, name="foo")
print(v.op.name)
