# Tensor attributes: shape/get_shape/set_shape, ndim, value_index, consumers, device.
from prelude import tf, np

p = tf.placeholder(tf.float32, name="p")
print(str(p.shape), p.shape.ndims, p.get_shape() == p.shape)
p.set_shape([None, 3])
print(p.shape.as_list())
p.set_shape([2, None])
print(p.shape.as_list())
for bad in [[2, 4], [2, 3, 1], [None]]:
    try:
        p.set_shape(bad)
    except Exception as e:
        print(type(e).__name__)
print(p.shape.as_list())
q = tf.placeholder(tf.float32, shape=[4, None], name="q")
print(q.get_shape().as_list(), q.shape[0], q.shape[1], q.shape.dims[0].value)
print(q.ndim if hasattr(q, "ndim") else "", q.value_index, q.op.name, q.name)
x = q * 2.0
y = tf.reduce_sum(q)
print(sorted(o.name for o in q.consumers()))
print(x.shape.as_list(), y.shape.as_list(), tf.shape(q).shape.as_list(), tf.size(q).dtype.name, tf.rank(q).dtype.name)
print(tf.shape(q, out_type=tf.int64).dtype.name, tf.shape(q).op.type, tf.shape(q, name="sh").name)
print(q.graph is tf.get_default_graph(), q.dtype == tf.float32, q.dtype is tf.float32)
print(q.__hash__() == hash(q), {q: 1}[q])
try:
    q.eval()
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    print(q.eval(feed_dict={q: [[1.0]] * 4}).tolist())
    print(x.eval(feed_dict={"q:0": np.ones((4, 1))}, session=sess).tolist())
