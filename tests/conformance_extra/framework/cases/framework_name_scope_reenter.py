# Re-entering and nesting name scopes: uniquification, returned strings.
from prelude import tf, np

with tf.name_scope("s") as s1:
    a = tf.constant(1, name="a")
with tf.name_scope("s") as s2:
    b = tf.constant(1, name="a")
with tf.name_scope("s") as s3:
    c = tf.constant(1, name="a")
print(s1, s2, s3)
print(a.name, b.name, c.name)
with tf.name_scope(s1):
    d = tf.constant(1, name="a")
    e = tf.constant(1, name="a")
print(d.name, e.name)
with tf.name_scope("s_1"):
    f = tf.constant(1, name="z")
print(f.name)
with tf.name_scope("S"):
    h = tf.constant(1, name="z")
print(h.name)
with tf.name_scope("outer"):
    with tf.name_scope("inner") as i1:
        pass
    with tf.name_scope("inner") as i2:
        pass
    with tf.name_scope("inner/") as i3:
        k = tf.constant(1, name="k")
print(i1, i2, i3, k.name)
with tf.name_scope("outer"):
    with tf.name_scope("inner"):
        m = tf.constant(1, name="m")
print(m.name)
