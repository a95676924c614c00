# tf.sparse.transpose (default and perm), tf.sparse.expand_dims, tf.sparse.eye: values and static shapes.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 1, 2], [1, 0, 1]], [1, 2], [2, 3, 4])
t0 = tf.sparse.transpose(sp)
t1 = tf.sparse_transpose(sp, [0, 2, 1])
e0 = tf.sparse.expand_dims(sp, 0)
e1 = tf.sparse.expand_dims(sp, -1)
e2 = tf.sparse.expand_dims(sp, axis=1)
ey = tf.sparse.eye(3)
ey2 = tf.sparse.eye(2, 4, dtype=tf.int32)
print(t0.shape.as_list(), t1.shape.as_list(), e0.shape.as_list(), e1.shape.as_list(), e2.shape.as_list())
print(ey.shape.as_list(), ey.dtype.name, ey2.shape.as_list(), ey2.dtype.name)
p = tf.sparse_placeholder(tf.float32, [None, 3])
print(tf.sparse.transpose(p).shape.as_list(), tf.sparse.expand_dims(p, 1).shape.as_list())
with tf.Session() as sess:
    for t in [t0, t1, e0, e1, e2, ey, ey2]:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
for bad in [lambda: tf.sparse.expand_dims(sp, 4), lambda: tf.sparse.transpose(sp, [0, 1])]:
    try:
        r = bad()
        with tf.Session() as sess:
            sess.run(r)
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
