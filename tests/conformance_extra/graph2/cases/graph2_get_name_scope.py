# Graph.get_name_scope in nested, reset and variable scopes; name_scope return values.
from prelude import tf, np

g = tf.get_default_graph()
print(repr(g.get_name_scope()))
with tf.name_scope("a") as a:
    print(repr(a), repr(g.get_name_scope()))
    with tf.name_scope("b") as b:
        print(repr(b), repr(g.get_name_scope()))
        with tf.name_scope("") as e:
            print(repr(e), repr(g.get_name_scope()))
        with tf.name_scope(None) as n:
            print(repr(n), repr(g.get_name_scope()))
        print(repr(g.get_name_scope()))
    with g.name_scope("c") as c:
        print(repr(c), repr(g.get_name_scope()))
with tf.variable_scope("v"):
    print(repr(g.get_name_scope()))
with tf.variable_scope("v"):
    print(repr(g.get_name_scope()))
g2 = tf.Graph()
with g2.as_default():
    print(repr(g2.get_name_scope()))
    with tf.name_scope("a") as a2:
        print(repr(a2))
with tf.name_scope(None, "dflt") as d:
    print(repr(d))
with tf.name_scope(None, "dflt") as d:
    print(repr(d))
with tf.name_scope("given", "dflt") as d:
    print(repr(d))
