# Default import prefix 'import' is uniquified; name='' collisions; prefix inside name_scope.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.identity(a, name="b")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    tf.import_graph_def(gd)
    tf.import_graph_def(gd)
    tf.constant(0.0, name="import_2")
    tf.import_graph_def(gd)
    tf.import_graph_def(gd, name="import")
    print(sorted(op.name for op in h.get_operations()))
    print(h.unique_name("import", mark_as_used=False))
with tf.Graph().as_default() as k:
    tf.constant(0.0, name="b")
    try:
        tf.import_graph_def(gd, name="")
        print("collide ok", sorted(op.name for op in k.get_operations()))
    except Exception as e:
        print("collide", type(e).__name__)
with tf.Graph().as_default() as m:
    with tf.name_scope("outer"):
        tf.import_graph_def(gd, name="")
        tf.import_graph_def(gd)
    print(sorted(op.name for op in m.get_operations()))
    with tf.name_scope("outer"):
        print(tf.constant(1.0, name="a").name)
