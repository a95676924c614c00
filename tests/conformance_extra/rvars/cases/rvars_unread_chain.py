# Updates made through an assign's result (_UnreadVariable): scatter, scatter_nd, gather, reads.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0, 3.0], name="v")
a = v.assign([10.0, 20.0, 30.0])
s = a.scatter_add(tf.IndexedSlices(tf.constant([1.0]), tf.constant([0])))
n = a.scatter_nd_update([[2]], [7.0])
g = tf.gather(a, [2, 0])
r = a.read_value()
x = a * 2
for t in [s, n]:
    print(type(t).__name__, t.name, [o.name for o in t.op.control_inputs])
for t in [g, r, x]:
    print(t.name, t.op.type, [o.name for o in t.op.control_inputs])
print(r.op.inputs[0].op.type, [o.name for o in r.op.inputs[0].op.control_inputs])
print(a.handle is v.handle, a.dtype.name, a.shape, a.graph is v.graph, a.device == v.device)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(s)), rnd(sess.run(v)))
    sess.run(v.initializer)
    print(rnd(sess.run(n)), rnd(sess.run(v)))
    sess.run(v.initializer)
    print(rnd(sess.run(g)))
    sess.run(v.initializer)
    print(rnd(sess.run(r)), rnd(sess.run(x)))
