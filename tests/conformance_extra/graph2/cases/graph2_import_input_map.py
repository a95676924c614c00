# import_graph_def input_map: keys forms, type checks and errors.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.add(x, 1.0, name="y")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    c = tf.constant([10.0, 20.0], name="c")
    y1, = tf.import_graph_def(gd, input_map={"x:0": c}, return_elements=["y:0"], name="m1")
    y2, = tf.import_graph_def(gd, input_map={"x": c}, return_elements=["y:0"], name="m2")
    print(y1.op.inputs[0].name, y2.op.inputs[0].name)
    with tf.Session() as s:
        print(s.run([y1, y2]))
    for label, imap in [("missing", {"nope:0": c}), ("not_tensor", {"x:0": 3.0}),
                        ("bad_dtype", {"x:0": tf.constant([1, 2])}),
                        ("int_key", {0: c})]:
        try:
            r = tf.import_graph_def(gd, input_map=imap, return_elements=["y:0"], name="e")
            print(label, "ok", r[0].name)
        except Exception as e:
            print(label, type(e).__name__)
    try:
        tf.import_graph_def(gd, input_map={"nope:0": c}, name="e2")
    except ValueError as e:
        print("nope:0" in str(e))
    try:
        tf.import_graph_def(gd, return_elements="y:0")
        print("str ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        tf.import_graph_def("not a graphdef")
    except Exception as e:
        print(type(e).__name__)
