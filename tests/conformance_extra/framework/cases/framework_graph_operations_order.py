# get_operations order, as_default nesting, get_default_graph, reset, graph containment.
from prelude import tf, np

g = tf.Graph()
with g.as_default() as gg:
    print(gg is g, tf.get_default_graph() is g)
    a = tf.constant(1.0, name="a")
    with tf.name_scope("s"):
        b = a * 2.0
    c = tf.add_n([a, b, a], name="c")
    g2 = tf.Graph()
    with g2.as_default():
        z = tf.constant(1.0, name="z")
        print(tf.get_default_graph() is g2)
    print(tf.get_default_graph() is g)
    print([op.name for op in g.get_operations()])
    print([op.type for op in g.get_operations()])
    print([op.name for op in g2.get_operations()])
    print(a.graph is g, z.graph is g2, g.get_operations()[0] is a.op)
    try:
        tf.add(a, z)
    except Exception as e:
        print(type(e).__name__)
    print(g._last_id if hasattr(g, "_last_id") else len(g.get_operations()))
    print(g.is_fetchable(a), g.is_feedable(a))
    g.prevent_feeding(a)
    g.prevent_fetching(c.op)
    print(g.is_feedable(a), g.is_fetchable(c), g.is_fetchable(c.op))
    with tf.Session() as sess:
        for f in [lambda: sess.run(c), lambda: sess.run(b, feed_dict={a: 3.0})]:
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__)
try:
    with g.as_default():
        tf.reset_default_graph()
except Exception as e:
    print(type(e).__name__)
tf.reset_default_graph()
print(len(tf.get_default_graph().get_operations()))
