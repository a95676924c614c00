# unique_name is case-insensitive when checking collisions; mark_as_used=False peeks.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1, name="Foo")
    b = tf.constant(1, name="foo")
    c = tf.constant(1, name="FOO")
    print(a.name, b.name, c.name)
    print(g.unique_name("fOo", mark_as_used=False))
    print(g.unique_name("fOo"))
    print(g.unique_name("Bar", mark_as_used=False), g.unique_name("bar", mark_as_used=False))
    with tf.name_scope("Sc"):
        pass
    with tf.name_scope("sc") as s:
        print(s)
    print(g.unique_name("a/b", mark_as_used=False))
    with tf.name_scope("a"):
        print(g.unique_name("b", mark_as_used=False))
        print(g.unique_name("b"))
        print(g.unique_name("b"))
    print(g.unique_name("a/b"))
    print(g.unique_name("", mark_as_used=False))
    print(g.unique_name("x_1"), g.unique_name("x"), g.unique_name("x"), g.unique_name("x_1"))
