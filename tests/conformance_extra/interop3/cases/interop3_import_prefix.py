# Name prefixes: default "import", repeats uniquified, nested name scopes, name="" and trailing "/".
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    with tf.name_scope("blk"):
        tf.add(a, 2.0, name="b")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    tf.import_graph_def(gd)
    tf.import_graph_def(gd)
    with tf.name_scope("outer"):
        tf.import_graph_def(gd, name="inner")
    tf.import_graph_def(gd, name="abs/")
    r = tf.import_graph_def(gd, name="", return_elements=["blk/b:0"])
    print(r[0].name)
    print([o.name for o in h.get_operations()])
    print(h.get_operation_by_name("import_1/blk/b").inputs[0].name)
