# Static shapes and dtypes of imported tensors (shape inference on import, _output_shapes ignored).
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 4], name="x")
    r = tf.reshape(x, [-1, 2, 2], name="r")
    t = tf.transpose(r, [0, 2, 1], name="t")
    c = tf.concat([t, t], axis=1, name="c")
    s = tf.reduce_mean(c, axis=[1, 2], keepdims=True, name="s")
    i = tf.cast(tf.argmax(x, axis=1), tf.int32, name="i")
gd = g.as_graph_def(add_shapes=True)
with tf.Graph().as_default():
    outs = tf.import_graph_def(gd, return_elements=["r:0", "t:0", "c:0", "s:0", "i:0"], name="")
    for o in outs:
        print(o.name, o.dtype.name, o.shape)
    a = tf.placeholder(tf.float32, [5, 4], name="a")
    outs2 = tf.import_graph_def(gd, input_map={"x:0": a}, return_elements=["r:0", "c:0", "i:0"], name="m")
    print([str(o.shape) for o in outs2])
