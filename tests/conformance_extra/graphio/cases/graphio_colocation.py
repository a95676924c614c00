# colocation_groups, nested colocate_with, ignore_existing, _class attr in GraphDef and import.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    print(a.op.colocation_groups())
    with tf.colocate_with(a):
        c = tf.identity(b, name="c")
        with tf.colocate_with(b):
            d = tf.identity(a, name="d")
        with tf.colocate_with(b, ignore_existing=True):
            e = tf.identity(a, name="e")
        with tf.colocate_with(c):
            f = tf.identity(a, name="f")
    with tf.colocate_with(None, ignore_existing=True):
        h = tf.identity(a, name="h")
    for op in (c, d, e, f, h):
        print(op.op.name, op.op.colocation_groups())
    try:
        with tf.colocate_with(None):
            pass
        print("none ok")
    except Exception as ex:
        print("none", type(ex).__name__)
gd = g.as_graph_def()
for n in gd.node:
    if "_class" in n.attr:
        print(n.name, str(n.attr["_class"]).replace("\n", " ").strip())
with tf.Graph().as_default() as k:
    tf.import_graph_def(gd, name="i")
    print(k.get_operation_by_name("i/d").colocation_groups())
    print(k.get_operation_by_name("i/d").get_attr("_class"))
    try:
        k.get_operation_by_name("i/a").get_attr("_class")
    except Exception as ex:
        print("no_class", type(ex).__name__)
