# import_graph_def with input_map: replaced placeholders, returned tensors, names and values.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    k = tf.placeholder(tf.float32, [], name="k")
    y = tf.reduce_sum(x * k, axis=1, name="y")
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    a = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="a")
    y1, = tf.import_graph_def(gd, input_map={"x:0": a, "k": tf.constant(2.0)}, return_elements=["y:0"], name="m")
    print(y1.name, y1.dtype.name, y1.shape)
    print(sorted(o.name for o in h.get_operations()))
    print([i.name for i in h.get_operation_by_name("m/mul").inputs])
    with tf.Session() as s:
        print(s.run(y1))
    y2, xop = tf.import_graph_def(gd, input_map={"k:0": tf.constant(-1.0)}, return_elements=["y:0", "x"])
    print(y2.name, xop.name, xop.type)
    with tf.Session() as s:
        print(s.run(y2, {xop.outputs[0]: [[1.0, 1.0]]}))
