# import_graph_def: name prefixes, importing twice, name="", return_elements forms.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.add(x, 1.0, name="y")
    with tf.name_scope("sc"):
        z = tf.multiply(y, 2.0, name="z")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    r1 = tf.import_graph_def(gd)
    print(r1, sorted(op.name for op in h.get_operations()))
    r2 = tf.import_graph_def(gd, return_elements=["y", "sc/z:0", "x:0"])
    print([type(e).__name__ for e in r2], [e.name for e in r2])
    r3 = tf.import_graph_def(gd, name="pre", return_elements=["sc/z"])
    print(r3[0].name, [i.name for i in r3[0].inputs])
    with tf.name_scope("outer"):
        r4 = tf.import_graph_def(gd, return_elements=["y:0"])
    print(r4[0].name)
    r5 = tf.import_graph_def(gd, name="pre", return_elements=["y:0"])
    print(r5[0].name)
    print(sorted(op.name for op in h.get_operations() if op.name.endswith("y")))
with tf.Graph().as_default() as k:
    r6 = tf.import_graph_def(gd, name="", return_elements=["sc/z:0"])
    print(r6[0].name, sorted(op.name for op in k.get_operations())[:3])
    try:
        tf.import_graph_def(gd, name="")
        print("twice ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        tf.import_graph_def(gd, return_elements=["nope:0"])
    except Exception as e:
        print(type(e).__name__)
    try:
        tf.import_graph_def(gd, return_elements=["y:5"])
    except Exception as e:
        print(type(e).__name__)
