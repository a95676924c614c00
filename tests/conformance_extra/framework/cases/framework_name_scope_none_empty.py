# name_scope(None) and name_scope("") reset to the top level; returned scope strings.
from prelude import tf, np

with tf.name_scope("outer") as s0:
    print(repr(s0))
    a = tf.constant(1, name="a")
    with tf.name_scope(None) as s1:
        print(repr(s1))
        b = tf.constant(1, name="b")
    with tf.name_scope("") as s2:
        print(repr(s2))
        c = tf.constant(1, name="c")
    with tf.name_scope("inner") as s3:
        print(repr(s3))
        d = tf.constant(1, name="d")
        with tf.name_scope(None):
            e = tf.constant(1, name="e")
        f = tf.constant(1, name="f")
print(a.name, b.name, c.name, d.name, e.name, f.name)
g = tf.get_default_graph()
with tf.name_scope("x") as sx:
    print(repr(g.get_name_scope()))
    with tf.name_scope("y"):
        print(repr(g.get_name_scope()))
print(repr(g.get_name_scope()))
with g.name_scope("gs") as gs:
    print(repr(gs))
    h = tf.constant(1)
print(h.name)
