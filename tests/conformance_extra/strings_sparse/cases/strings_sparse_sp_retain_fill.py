# tf.sparse.retain, tf.sparse.reset_shape, tf.sparse.fill_empty_rows: values, indicators, static shapes, errors.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 0], [0, 3], [2, 1], [4, 2]], [1.0, 2.0, 3.0, 4.0], [5, 4])
r = tf.sparse.retain(sp, [True, False, True, False])
rs = tf.sparse.reset_shape(sp)
rs2 = tf.sparse_reset_shape(sp, [6, 5])
f, ind = tf.sparse.fill_empty_rows(sp, -1.0)
print(r.shape.as_list(), rs.shape.as_list(), rs2.shape.as_list(), f.shape.as_list(), ind.dtype.name,
      ind.shape.as_list())
with tf.Session() as sess:
    for t in [r, rs, rs2, f]:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    print(sess.run(ind).tolist())
    e = tf.SparseTensor(tf.zeros([0, 2], tf.int64), tf.zeros([0], tf.int32), [3, 2])
    fe, ie = tf.sparse_fill_empty_rows(e, 7)
    v = sess.run(fe)
    print(v.indices.tolist(), v.values.tolist(), sess.run(ie).tolist())
    try:
        sess.run(tf.sparse.reset_shape(sp, tf.constant([3, 4], tf.int64)))
    except Exception as e2:  # noqa: BLE001
        print("shrink", type(e2).__name__)
for bad in [lambda: tf.sparse.retain(sp, [True, False]), lambda: tf.sparse.reset_shape(sp, [3, 4]),
            lambda: tf.sparse.reset_shape(sp, [6])]:
    try:
        bad()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
