# get_variable_scope().name inside name_scope; variable_scope nested in name_scope.
from prelude import tf, np

g = tf.get_default_graph()
with tf.name_scope("ns"):
    print(repr(tf.get_variable_scope().name), g.get_name_scope())
    with tf.variable_scope("vs") as vs:
        print(vs.name, vs.original_name_scope, g.get_name_scope())
        v = tf.get_variable("v", [1])
        c = tf.constant(0.0, name="c")
        with tf.name_scope("inner"):
            print(tf.get_variable_scope().name, g.get_name_scope())
            w = tf.get_variable("w", [1])
print(v.name, c.name, w.name)
with tf.variable_scope("vs") as vs2:
    print(vs2.name, vs2.original_name_scope)
    d = tf.constant(0.0, name="c")
print(d.name)
with tf.name_scope("ns"):
    with tf.variable_scope("vs") as vs3:
        print(vs3.name, vs3.original_name_scope)
        x = tf.get_variable("x", [1])
print(x.name)
with tf.variable_scope("top"):
    with tf.name_scope(None):
        print(repr(g.get_name_scope()), tf.get_variable_scope().name)
        y = tf.get_variable("y", [1])
        e = tf.constant(0.0, name="e")
print(y.name, e.name)
