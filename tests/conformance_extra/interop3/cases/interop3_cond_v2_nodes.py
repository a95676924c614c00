# A tf.cond's GraphDef node (If / StatelessIf): attr keys, Tin/Tout, import and run.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    p = tf.placeholder(tf.bool, [], name="p")
    r = tf.cond(p, lambda: x * 2.0, lambda: x - 1.0, name="pick")
    out = tf.identity(r, name="out")
    dx = tf.identity(tf.gradients(out, x)[0], name="dx")
gd = g.as_graph_def()
ifs = [n for n in gd.node if n.op in ("If", "StatelessIf")]
n = [n for n in ifs if n.name == "pick"][0]
print(n.op, sorted(n.attr.keys()), list(n.attr["Tin"].list.type), list(n.attr["Tout"].list.type))
print(n.attr["Tcond"].type, list(n.input)[:1])
with tf.Graph().as_default():
    o, d = tf.import_graph_def(gd, return_elements=["out:0", "dx:0"], name="")
    with tf.Session() as s:
        print(s.run([o, d], {"x:0": [1.0, 2.0], "p:0": True}), s.run([o, d], {"x:0": [1.0, 2.0], "p:0": False}))
