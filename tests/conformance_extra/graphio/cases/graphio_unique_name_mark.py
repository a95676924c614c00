# graph.unique_name with mark_as_used=False, inside name scopes, and after op creation.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    print(g.unique_name("x", mark_as_used=False), g.unique_name("x", mark_as_used=False))
    print(g.unique_name("x"), g.unique_name("x", mark_as_used=False), g.unique_name("x"))
    with tf.name_scope("s"):
        print(g.unique_name("y", mark_as_used=False), g.unique_name("y"), g.unique_name("y"))
        c = tf.constant(1.0, name="y")
        print(c.name)
    print(g.unique_name("s", mark_as_used=False), g.unique_name("s/y", mark_as_used=False))
    print(tf.constant(1.0, name="x").name, tf.constant(1.0, name="x_1").name)
    print(g.unique_name("x_1", mark_as_used=False))
    print(g.unique_name("", mark_as_used=False), g.unique_name(""))
    print(g.unique_name("a/b", mark_as_used=True), g.unique_name("a", mark_as_used=False))
    with tf.name_scope("a"):
        print(tf.constant(2.0, name="b").name)
