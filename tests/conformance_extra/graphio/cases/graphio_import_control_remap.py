# import_graph_def input_map with '^op' keys remaps control inputs to ops of the new graph.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    init = tf.no_op(name="init")
    x = tf.placeholder(tf.float32, [], name="x")
    with tf.control_dependencies([init]):
        y = tf.add(x, 1.0, name="y")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    mine = tf.no_op(name="mine")
    mt = tf.constant(0, name="mt")
    c = tf.constant(5.0, name="c")
    y1, = tf.import_graph_def(gd, input_map={"^init": mt, "x:0": c}, return_elements=["y:0"], name="a")
    print([t.name for t in y1.op.inputs], [o.name for o in y1.op.control_inputs])
    print(sorted(o.name for o in h.get_operations()))
    y2, = tf.import_graph_def(gd, input_map={"^init": c}, return_elements=["y:0"], name="b")
    print([o.name for o in y2.op.control_inputs])
    with tf.Session() as s:
        print(s.run(y1), s.run(y2, {"b/x:0": 2.0}))
    for label, imap in [("ctrl_to_op", {"^init": mine}), ("ctrl_missing", {"^zz": mt}),
                        ("tensor_to_op", {"x:0": mine})]:
        try:
            r = tf.import_graph_def(gd, input_map=imap, return_elements=["y"], name="e")
            print(label, "ok", [o.name for o in r[0].control_inputs])
        except Exception as e:
            print(label, type(e).__name__)
