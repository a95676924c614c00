# Fetching SparseTensor values: result type, fields, inside structures.
from prelude import tf, np

sp = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[2, 3])
with tf.Session() as sess:
    r = sess.run(sp)
    print(type(r).__name__)
    print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
    print(r.indices.dtype, r.values.dtype, r.dense_shape.dtype)
    r = sess.run([sp, sp.values])
    print(type(r[0]).__name__, r[1].tolist())
    r = sess.run({"s": sp})
    print(type(r["s"]).__name__, r["s"].values.tolist())
    r = sess.run(tf.sparse_tensor_to_dense(sp))
    print(r.tolist())
    v = tf.SparseTensorValue([[0]], [5], [3])
    print(type(v).__name__, v.indices, v.values, v.dense_shape)
    print(isinstance(r, tuple), len(tf.SparseTensorValue([[0]], [1], [2])))
