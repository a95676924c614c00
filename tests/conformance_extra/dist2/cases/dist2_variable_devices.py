# Device of every part of a default variable: handle, initializer, reads, value(), assign ops, sparse read.
from prelude import tf, np, rnd

with tf.device("/job:ps/task:1"):
    v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v")
with tf.device("/job:worker/task:0"):
    r = v.read_value()
    val = v.value()
    a1 = v.assign([[0.0, 0.0], [0.0, 0.0]], read_value=False)
    a2 = v.assign_sub([[1.0, 1.0], [1.0, 1.0]])
    sp = v.sparse_read([1])
    g = tf.gather(v, [0])
    m = tf.matmul(v, v)
    sc = v.scatter_add(tf.IndexedSlices(tf.ones([1, 2]), tf.constant([0])))
for t in (v, v.handle, v.initializer, r, val, a1, a2, sp, g, m, sc, v._initial_value if hasattr(v, "_initial_value") else v.initial_value):
    op = t if isinstance(t, tf.Operation) else t.op
    print(op.name, op.type, repr(op.device), [c.decode() for c in op.colocation_groups()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
