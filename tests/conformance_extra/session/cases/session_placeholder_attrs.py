# tf.placeholder: default names, shapes (None, list with None, scalar), dtypes
# from strings and numpy types, uniquified names; sparse_placeholder basics.
from prelude import tf, np

a = tf.placeholder(tf.float32)
b = tf.placeholder(tf.float32)
c = tf.placeholder("int64", shape=(None, 3), name="c")
d = tf.placeholder(np.float64, shape=[], name="c")
e = tf.placeholder(dtype=tf.string, shape=None, name="e")
print(a.name, b.name, c.name, d.name, e.name)
print(str(a.shape), c.shape.as_list(), d.shape.as_list(), str(e.shape))
print(a.dtype.name, c.dtype.name, d.dtype.name, e.dtype.name)
print(a.op.type, a.op.get_attr("dtype").name, tf.TensorShape(c.op.get_attr("shape")).as_list())
print(len(a.op.inputs), len(a.op.outputs), a.value_index)
sp = tf.sparse_placeholder(tf.float32, shape=[3, 4], name="sp")
print(type(sp).__name__, sp.indices.name, sp.values.name, sp.dense_shape.name)
print(sp.indices.dtype.name, sp.values.dtype.name, sp.dense_shape.dtype.name)
with tf.Session() as sess:
    v = sess.run(tf.sparse.to_dense(sp), {sp: tf.SparseTensorValue([[0, 1], [2, 3]], [1.5, 2.5], [3, 4])})
    print(v.tolist())
