# Re-entering variable scope objects: original_name_scope, op names, nested re-entry.
from prelude import tf, np

with tf.variable_scope("s") as s:
    a = tf.constant(1.0, name="a")
print(s.name, s.original_name_scope, a.name)
with tf.variable_scope(s):
    b = tf.constant(1.0, name="a")
    print(tf.get_variable_scope().name, tf.get_default_graph().get_name_scope())
print(b.name)
with tf.variable_scope(s) as s2:
    print(s2.name, s2.original_name_scope, s2 is s)
with tf.variable_scope("s") as s3:
    c = tf.constant(1.0, name="a")
print(s3.name, s3.original_name_scope, c.name)
with tf.variable_scope("other"):
    with tf.variable_scope(s) as s4:
        d = tf.constant(1.0, name="a")
        print(s4.name, tf.get_variable_scope().name)
        with tf.variable_scope("deep") as dp:
            e = tf.constant(1.0, name="e")
print(d.name, dp.name, dp.original_name_scope, e.name)
with tf.variable_scope(s, auxiliary_name_scope=False) as s5:
    f = tf.constant(1.0, name="f")
    print(s5.original_name_scope, tf.get_default_graph().get_name_scope())
print(f.name)
with tf.variable_scope("aux", auxiliary_name_scope=False) as s6:
    g_ = tf.constant(1.0, name="g")
    print(repr(s6.original_name_scope), s6.name)
print(g_.name)
with tf.name_scope(s.original_name_scope):
    h = tf.constant(1.0, name="h")
print(h.name)
