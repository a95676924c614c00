# import_graph_def: control inputs, input_map with control input names, colocation, devices.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    with tf.device("/device:CPU:0"):
        a = tf.identity(x, name="a")
    with tf.control_dependencies([a]):
        b = tf.add(x, 1.0, name="b")
    with tf.colocate_with(a):
        c = tf.multiply(b, 2.0, name="c")
gd = g.as_graph_def()
for n in gd.node:
    print(n.name, list(n.input), n.device, [v.decode() for v in n.attr["_class"].list.s])
g2 = tf.Graph()
with g2.as_default():
    newx = tf.constant([1.0, 2.0], name="newx")
    c2, = tf.import_graph_def(gd, input_map={"x": newx}, return_elements=["c:0"], name="i")
    ops = {op.name: op for op in g2.get_operations()}
    print(sorted(ops))
    print([t.name for t in ops["i/b"].inputs], [o.name for o in ops["i/b"].control_inputs])
    print(ops["i/c"].colocation_groups(), ops["i/a"].device)
    with tf.Session() as sess:
        print(rnd(sess.run(c2)))
    with tf.name_scope("outer"):
        r = tf.import_graph_def(gd, return_elements=["c:0"], name="inner")
    print(r[0].name)
    r = tf.import_graph_def(gd, return_elements=["c:0"], name="i")
    print(r[0].name)
    r = tf.import_graph_def(gd, return_elements=["c:0"], name="i/")
    print(r[0].name)
