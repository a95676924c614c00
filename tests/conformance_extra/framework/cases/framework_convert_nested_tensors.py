# Lists mixing tensors and Python values are packed (Pack op), names and dtypes.
from prelude import tf, np

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
p = tf.convert_to_tensor([a, b])
print(p.op.type, p.name, p.dtype.name, p.shape.as_list(), p.op.get_attr("N"), p.op.get_attr("axis"))
q = tf.convert_to_tensor([a, 3.0], name="q")
print(q.op.type, q.name, [t.op.type for t in q.op.inputs])
r = tf.convert_to_tensor([[a, b], [b, a]])
print(r.op.type, r.name, r.shape.as_list(), [t.op.type for t in r.op.inputs])
print([t.name for t in r.op.inputs])
s = tf.stack([a, 4.0])
print(s.op.type, s.name)
x = tf.add([a, b], 1.0, name="x")
print([t.name for t in x.op.inputs], x.op.inputs[0].op.type)
i = tf.constant(1, name="i")
try:
    tf.convert_to_tensor([i, 2.5])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.convert_to_tensor([a, i])
    print("no error")
except Exception as e:
    print(type(e).__name__)
m = tf.convert_to_tensor([a, b], dtype=tf.float32, name="m")
print(m.name, m.op.type)
with tf.Session() as sess:
    print(sess.run(r).tolist(), sess.run(q).tolist(), sess.run(x).tolist())
n = tf.reshape(tf.constant([1, 2, 3, 4]), [i * 2, 2])
print(n.shape.as_list(), n.op.inputs[1].op.type, n.op.inputs[1].name)
