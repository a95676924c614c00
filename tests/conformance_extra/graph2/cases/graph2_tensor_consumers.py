# Tensor.consumers order, value_index for multi-output ops, set_shape errors.
from prelude import tf, np

a = tf.placeholder(tf.float32, shape=[None, 2], name="a")
b = tf.identity(a, name="b")
c = tf.add(a, a, name="c")
d = tf.multiply(a, 2.0, name="d")
print([o.name for o in a.consumers()], b.consumers())
u = tf.unique(tf.constant([1, 1, 2]), name="u")
print([t.value_index for t in u], [t.name for t in u], u.y.op is u.idx.op)
print(u.idx.consumers(), tf.identity(u.idx).op.inputs[0].value_index)
print([o.name for o in u.y.consumers()], [o.name for o in u.idx.consumers()])
p = tf.placeholder(tf.float32, name="p")
print(p.shape)
p.set_shape([None, 3])
print(p.shape)
p.set_shape([4, None])
print(p.shape)
for label, shp in [("rank", [4, 3, 1]), ("dim", [5, 3]), ("ok", [4, 3]), ("none", None)]:
    try:
        p.set_shape(shp)
        print(label, "ok", p.shape)
    except Exception as e:
        print(label, type(e).__name__)
q = tf.constant([1, 2, 3])
try:
    q.set_shape([2])
except Exception as e:
    print(type(e).__name__)
q.set_shape(tf.TensorShape([3]))
print(q.shape, q.get_shape().as_list())
