# colocate_with: colocation groups, _class attr, ignore_existing, device inheritance.
from prelude import tf, np

with tf.device("/cpu:0"):
    a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
print(a.op.colocation_groups(), b.op.colocation_groups())
with tf.colocate_with(a):
    c = tf.identity(b, name="c")
    with tf.colocate_with(b.op):
        d = tf.identity(b, name="d")
    with tf.colocate_with(b, ignore_existing=True):
        e = tf.identity(b, name="e")
print(c.op.colocation_groups(), repr(c.device))
print(d.op.colocation_groups())
print(e.op.colocation_groups())
print(c.op.get_attr("_class"))
try:
    b.op.get_attr("_class")
except Exception as ex:
    print(type(ex).__name__)
with tf.colocate_with(c):
    f = tf.identity(b, name="f")
print(f.op.colocation_groups(), repr(f.device))
v = tf.Variable(1.0, name="v")
with tf.colocate_with(v):
    g = tf.identity(b, name="g")
print(g.op.colocation_groups())
with tf.colocate_with(None, ignore_existing=True):
    h = tf.identity(b, name="h")
print(h.op.colocation_groups())
