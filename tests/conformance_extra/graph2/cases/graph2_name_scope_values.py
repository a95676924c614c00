# name_scope(name, default_name, values): graph taken from values; mismatched graphs error.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    gx = tf.constant(1.0, name="gx")
hx = tf.constant(2.0, name="hx")
with tf.name_scope("s", values=[gx]) as s:
    print(s, tf.get_default_graph() is g)
    c = tf.constant(1.0, name="c")
print(c.graph is g, c.name)
try:
    with tf.name_scope("bad", values=[gx, hx]):
        pass
except Exception as e:
    print(type(e).__name__)
with tf.name_scope(None, "dflt", [hx]) as d:
    print(d)
try:
    with tf.name_scope(None, None):
        pass
    print("ok")
except Exception as e:
    print(type(e).__name__)
with tf.variable_scope("vs", values=[gx]) as vs:
    print(vs.name, tf.get_default_graph() is g)
    e = tf.constant(1.0, name="e")
print(e.graph is g, e.name)
with tf.name_scope("lit", values=[1.0, "str", None]) as l:
    print(l)
