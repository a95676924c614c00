# Operation.node_def attr text for Cast, Placeholder (unknown shape), string Const, StridedSlice masks.
from prelude import tf, np

x = tf.placeholder(tf.float32, name="x")
c = tf.cast(x, tf.int64, name="c")
s = tf.constant(["ab", "c"], name="s")
t = tf.constant([[1, 2], [3, 4]], name="t")[:, 1]
b = tf.constant(True, name="b")
e = tf.constant(np.zeros([0, 2], np.float32), name="e")
for op in (x.op, c.op, s.op, b.op, e.op):
    nd = op.node_def
    print(nd.name, nd.op)
    for k in sorted(nd.attr.keys()):
        print(" ", k, str(nd.attr[k]).replace("\n", " ").strip())
nd = t.op.node_def
print(nd.op, list(nd.input), {k: nd.attr[k].i for k in sorted(nd.attr.keys()) if k.endswith("mask")})
print(type(x.op.node_def).__name__, x.op.node_def is x.op.node_def, x.op.node_def == x.op.node_def)
