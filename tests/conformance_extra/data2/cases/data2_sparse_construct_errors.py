# SparseTensor construction: dtypes of indices/dense_shape, rank checks, SparseTensorValue feeding.
from prelude import tf, np, rnd

st = tf.SparseTensor([[0, 1]], [1.5], [2, 3])
print(st.indices.dtype.name, st.dense_shape.dtype.name, st.values.dtype.name, st.shape, st.get_shape())
for args in (([[0.5, 1.0]], [1.0], [2, 3]), ([[0, 1]], [1.0], [2.0, 3.0]), ([0, 1], [1.0], [2, 3]),
             ([[0, 1]], [[1.0]], [2, 3]), ([[0, 1]], [1.0], [[2, 3]])):
    try:
        t = tf.SparseTensor(*args)
        print("ok", t.shape)
    except Exception as e:
        print(type(e).__name__)
i32 = tf.SparseTensor(tf.constant([[0, 0]], tf.int32) if False else [[0, 0]], ["s"], tf.constant([1, 1], tf.int64))
print(i32.dtype.name, i32.shape)
ph = tf.sparse.placeholder(tf.int32, shape=[None, 3], name="sp")
print(ph.indices.name, ph.values.name, ph.dense_shape.name, ph.shape)
s = tf.sparse.reduce_sum(ph, axis=1)
with tf.Session() as sess:
    print(sess.run(s, {ph: tf.SparseTensorValue([[0, 0], [0, 2], [1, 1]], [1, 2, 3], [2, 3])}).tolist())
    print(sess.run(s, {ph: (np.array([[1, 0]], np.int64), np.array([7], np.int32), np.array([2, 3], np.int64))}).tolist())
    r = sess.run(st)
    print(type(r).__name__, r.indices.tolist())
ph2 = tf.sparse.placeholder(tf.float32)
print(ph2.shape, ph2.dense_shape.shape)
print(tf.SparseTensor.from_value(tf.SparseTensorValue([[0]], [1], [3])).shape)
try:
    tf.sparse.to_dense(tf.SparseTensor(tf.constant([[0, 0]], tf.int32), [1], [2, 2]))
    print("ok")
except Exception as e:
    print(type(e).__name__)
