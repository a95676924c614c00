# tf.SparseTensor construction: dtypes, static shapes from constant / placeholder dense_shape, names, errors.
from prelude import tf, np, rnd

sp = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])
print(sp.dtype.name, sp.indices.dtype.name, sp.dense_shape.dtype.name, sp.shape.as_list(), sp.get_shape().as_list())
print(sp.indices.name, sp.values.name, sp.dense_shape.name, sp.op.name)
print(sp.indices.shape.as_list(), sp.values.shape.as_list(), sp.dense_shape.shape.as_list())
ds = tf.placeholder(tf.int64, [3])
sp2 = tf.SparseTensor(tf.zeros([0, 3], tf.int64), tf.zeros([0], tf.int32), ds)
print(sp2.shape.as_list(), sp2.dtype.name)
ds2 = tf.placeholder(tf.int64, None)
sp3 = tf.SparseTensor(tf.zeros([0, 2], tf.int64), tf.zeros([0], tf.int32), ds2)
print(str(sp3.shape))
sp4 = tf.SparseTensor([[0]], ["s"], [5])
print(sp4.dtype.name, sp4.shape.as_list())
with tf.Session() as sess:
    v = sess.run(sp)
    print(type(v).__name__, v.indices.tolist(), rnd(v.values), v.dense_shape.tolist(), v.indices.dtype)
    print(sess.run(sp4).values.tolist())
for bad in [lambda: tf.SparseTensor([0, 1], [1.0, 2.0], [3]),
            lambda: tf.SparseTensor([[0]], [[1.0]], [3]),
            lambda: tf.SparseTensor([[0]], [1.0], [[3]]),
            lambda: tf.SparseTensor([[0.5]], [1.0], [3])]:
    try:
        bad()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.add(sp, 1.0)
except Exception as e:  # noqa: BLE001
    print("as tensor", type(e).__name__)
sv = tf.SparseTensorValue([[0, 1]], [5], [2, 2])
c = tf.SparseTensor.from_value(sv)
print(type(c).__name__, c.dtype.name, c.shape.as_list())
print(isinstance(sp, tf.SparseTensor), isinstance(sv, tf.SparseTensorValue))
