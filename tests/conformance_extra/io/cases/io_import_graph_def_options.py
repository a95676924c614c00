# import_graph_def: name prefix, return_elements order, input_map, errors.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    a = tf.placeholder(tf.int32, [], name="a")
    b = tf.constant(5, name="b")
    s = tf.add(a, b, name="s")
    m = tf.multiply(s, 2, name="m")
gd = g.as_graph_def()

g2 = tf.Graph()
with g2.as_default():
    r = tf.import_graph_def(gd, name="")
    print(r)
    print(sorted(op.name for op in g2.get_operations()))
    r = tf.import_graph_def(gd, name="p", return_elements=["m:0", "s:0", "a"])
    print([getattr(e, "name") for e in r])
    r = tf.import_graph_def(gd, name="p", return_elements=["m"])
    print([e.name for e in r])
    r = tf.import_graph_def(gd, return_elements=["m:0"])
    print(r[0].name)
    r = tf.import_graph_def(gd, return_elements=["m:0"])
    print(r[0].name)
    c = tf.constant(7, name="seven")
    r = tf.import_graph_def(gd, input_map={"a": c, "b:0": c}, return_elements=["m:0"], name="q")
    with tf.Session() as sess:
        print(sess.run(r[0]))
    for kwargs in [dict(return_elements=["nope:0"]), dict(input_map={"zz:0": c}),
                   dict(return_elements=["m:3"])]:
        try:
            tf.import_graph_def(gd, name="err", **kwargs)
        except Exception as e:
            print(type(e).__name__)
    try:
        tf.import_graph_def(gd, input_map={"a:0": tf.constant(1.0)}, name="bad")
    except Exception as e:
        print(type(e).__name__)
    try:
        tf.import_graph_def("notagraph")
    except Exception as e:
        print(type(e).__name__)
