# colocate_with + device interplay: which device wins, nested colocation, groups.
from prelude import tf, np

with tf.device("/cpu:1"):
    a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with tf.device("/gpu:0"):
    with tf.colocate_with(a):
        c = tf.identity(b, name="c")
        with tf.device("/cpu:3"):
            d = tf.identity(b, name="d")
    with tf.colocate_with(b):
        e = tf.identity(a, name="e")
for t in (c, d, e):
    print(t.op.name, repr(t.device), t.op.colocation_groups())
with tf.colocate_with(a):
    with tf.colocate_with(b):
        f = tf.identity(a, name="f")
    with tf.colocate_with(b, ignore_existing=True):
        g = tf.identity(a, name="g")
    with tf.colocate_with(None, ignore_existing=True):
        h = tf.identity(a, name="h")
for t in (f, g, h):
    print(t.op.name, repr(t.device), t.op.colocation_groups())
with tf.colocate_with(c):
    i = tf.identity(a, name="i")
print(repr(i.device), i.op.colocation_groups())
try:
    with tf.colocate_with(None):
        pass
except Exception as e:
    print(type(e).__name__)
with tf.colocate_with(a.op):
    j = tf.constant(3.0, name="j")
print(repr(j.device), j.op.colocation_groups(), sorted(j.op.node_def.attr.keys()))
