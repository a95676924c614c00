# input_map remapping outputs of multi-output ops and unused inputs; mapped ops still imported.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    s = tf.split(tf.placeholder(tf.float32, [4], name="p"), 2, name="s")
    y = tf.add(s[0], s[1], name="y")
    z = tf.multiply(s[1], 10.0, name="z")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    c = tf.constant([100.0, 200.0], name="c")
    y1, z1 = tf.import_graph_def(gd, input_map={"s:1": c}, return_elements=["y:0", "z:0"], name="i")
    print([t.name for t in y1.op.inputs], [t.name for t in z1.op.inputs])
    print(sorted(op.name for op in h.get_operations()))
    with tf.Session() as sess:
        print(sess.run([y1, z1], {"i/p:0": [1.0, 2.0, 3.0, 4.0]}))
    try:
        tf.import_graph_def(gd, input_map={"s:2": c}, name="e")
    except Exception as e:
        print("s:2", type(e).__name__)
    try:
        tf.import_graph_def(gd, input_map={"p:0": tf.constant([1.0, 2.0, 3.0])}, name="e2")
        print("shape mismatch ok")
    except Exception as e:
        print("shape", type(e).__name__)
    w, = tf.import_graph_def(gd, input_map={"p:0": tf.placeholder(tf.float32, None)},
                             return_elements=["y:0"], name="u")
    print(w.shape)
