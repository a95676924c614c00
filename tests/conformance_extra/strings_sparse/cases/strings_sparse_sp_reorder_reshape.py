# tf.sparse.reorder and tf.sparse.reshape with -1, static shapes, bad reshapes.
from prelude import tf, np, rnd

u = tf.SparseTensor([[1, 2], [0, 3], [1, 0], [0, 1]], [1.0, 2.0, 3.0, 4.0], [2, 4])
r = tf.sparse.reorder(u)
print(r.shape.as_list(), r.indices.op.type)
rs = tf.sparse.reshape(r, [4, -1])
rs2 = tf.sparse_reshape(r, [-1])
rs3 = tf.sparse.reshape(r, [2, 2, 2])
p = tf.placeholder(tf.int64, [3])
rs4 = tf.sparse.reshape(r, p)
print(rs.shape.as_list(), rs2.shape.as_list(), rs3.shape.as_list(), rs4.shape.as_list(), rs.indices.op.type)
with tf.Session() as sess:
    v = sess.run(r)
    print(v.indices.tolist(), rnd(v.values))
    for t in [rs, rs2, rs3]:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    v = sess.run(rs4, {p: [1, -1, 2]})
    print(v.indices.tolist(), v.dense_shape.tolist())
    for shp in [[3, -1], [-1, -1, 2], [5, 2]]:
        try:
            sess.run(tf.sparse.reshape(r, tf.placeholder_with_default(np.array(shp, np.int64), [len(shp)])))
            print("ok")
        except Exception as e:  # noqa: BLE001
            print(shp, type(e).__name__)
try:
    tf.sparse.reshape(r, [3, 3])
except Exception as e:  # noqa: BLE001
    print("static", type(e).__name__)
