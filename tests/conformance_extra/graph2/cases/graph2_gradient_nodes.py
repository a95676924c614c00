# The nodes of TF's gradient functions: unary ops (which of their ops wait for the incoming
# gradient), Reshape / ExpandDims / Squeeze, Conv2D (ShapeN), scalar Mul, sparse xent; and the
# constants an empty list becomes (tf.reshape(x, [])).
from prelude import tf, np, rnd

fns = ["exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "square", "reciprocal", "tanh", "sigmoid",
       "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "asinh", "acosh", "atanh",
       "abs", "negative", "sign", "erf", "erfc", "lgamma", "digamma", "nn.softplus", "nn.softsign",
       "nn.relu", "nn.relu6", "nn.elu", "nn.selu", "log_sigmoid", "nn.leaky_relu"]
for name in fns:
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [3], name="x")
        f = tf
        for part in name.split("."):
            f = getattr(f, part)
        dy = tf.gradients(f(x), x)[0]
        print(name, dy.shape, [(n.name, n.op, list(n.input)) for n in g.as_graph_def().node
                               if n.name.startswith("gradients/") and "grad_ys" not in n.name])
for shp in [[None, 2], [3, 4], [None, None], None, [None, 2, None], [2, 0], [None, 0]]:
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, shp, name="x")
        gr = [tf.gradients(tf.reshape(x, [-1]), x)[0]]
        if shp is not None and len(shp) >= 2:
            gr.append(tf.gradients(tf.expand_dims(x, 0), x)[0])
        print(shp, [t.shape for t in gr], [(n.name, n.op, list(n.input)) for n in g.as_graph_def().node
                                            if n.name.startswith("gradients")])
g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 8, 8, 1], name="x")
    w = tf.constant(np.ones([3, 3, 1, 4], np.float32), name="w")
    y = tf.nn.conv2d(x, w, [1, 1, 1, 1], "SAME")
    c = tf.constant(2.0, name="c")
    s = tf.placeholder(tf.float32, [], name="s")
    z = tf.reduce_sum(y) * c + c * s
    gx, gw, gs = tf.gradients(z, [x, w, s])
    print(gx.shape, gw.shape, gs.shape)
    print([(n.name, n.op, list(n.input)) for n in g.as_graph_def().node
           if n.name.startswith("gradients") and not n.name.endswith("group_deps")])
g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [1], name="x")
    y = tf.reshape(x, [])
    z = tf.zeros([])
    w = tf.fill([], 2.0)
    t = tf.tile(tf.constant(3.0), [])
    s = tf.reduce_sum(x, axis=[])
    print(y.shape, w.shape, t.shape, s.shape)
    print([(n.name, n.op, list(n.input), n.attr["dtype"].type if n.op == "Const" else None)
           for n in g.as_graph_def().node])
    with tf.Session() as sess:
        print(sess.run([y, z, w, t, s], {x: [5.0]}))
