# Graph.unique_name with and without mark_as_used, and its interaction with ops.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    print(g.unique_name("foo"))
    print(g.unique_name("foo"))
    print(g.unique_name("foo", mark_as_used=False))
    print(g.unique_name("foo", mark_as_used=False))
    print(g.unique_name("foo"))
    print(g.unique_name("FOO"))
    a = tf.constant(1, name="foo")
    print(a.name)
    print(g.unique_name("bar", mark_as_used=False))
    b = tf.constant(1, name="bar")
    print(b.name)
    with tf.name_scope("sc"):
        print(g.unique_name("bar"))
        print(g.unique_name("bar"))
        c = tf.constant(1, name="bar")
        print(c.name)
    print(g.unique_name("sc"))
    with tf.name_scope("sc"):
        print(g.get_name_scope())
    print(g.unique_name("x_1"))
    print(g.unique_name("x"))
    print(g.unique_name("x"))
