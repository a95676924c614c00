# Op names/types TF creates for TensorArray ops (flow names, read/stack/size op types).
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2, name="arr")
print(ta.flow.name, ta.flow.op.type)
w = ta.write(0, 1.0, name="w0")
print(w.flow.op.type)
r = w.read(0, name="r0")
print(r.op.type)
s = w.write(1, 2.0).stack(name="st")
print(s.op.type)
u = tf.TensorArray(tf.float32, size=2).unstack([1.0, 2.0])
print(u.flow.op.type)
g = u.gather([0])
print(g.op.type)
n = tf.TensorArray(tf.float32, size=0, dynamic_size=True).size()
print(n.op.type, n.dtype.name)
c = ta.close()
print(c.type, c.name)
