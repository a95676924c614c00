# sparse.to_dense default_value/validate_indices errors, retain, fill_empty_rows.
from prelude import tf, np, rnd

st = tf.SparseTensor([[0, 1], [2, 0]], [5, 6], [4, 2])
td = tf.sparse.to_dense(st, default_value=-1)
un = tf.SparseTensor([[2, 0], [0, 1]], [6, 5], [4, 2])
dup = tf.SparseTensor([[0, 1], [0, 1]], [1, 2], [4, 2])
oob = tf.SparseTensor([[5, 0]], [1], [4, 2])
ret = tf.sparse.retain(st, [False, True])
fe, ind = tf.sparse.fill_empty_rows(st, 9)
print(td.shape, td.dtype.name, ret.shape, fe.shape, ind.dtype.name, ind.shape)
with tf.Session() as sess:
    print(sess.run(td).tolist())
    print(sess.run(tf.sparse.to_dense(un, validate_indices=False)).tolist())
    for t in (un, dup, oob):
        try:
            print(sess.run(tf.sparse.to_dense(t)).tolist())
        except Exception as e:
            print(type(e).__name__)
    r = sess.run(ret)
    print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
    r, i = sess.run([fe, ind])
    print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist(), i.tolist())
    f2 = tf.sparse.fill_empty_rows(tf.SparseTensor(tf.zeros([0, 2], tf.int64), tf.zeros([0], tf.float32), [2, 3]), -1.0)
    r, i = sess.run(f2)
    print(r.indices.tolist(), rnd(r.values), i.tolist())
    try:
        sess.run(tf.sparse.retain(st, [True]))
    except Exception as e:
        print(type(e).__name__)
try:
    tf.sparse.fill_empty_rows(st, 1.5)
except Exception as e:
    print(type(e).__name__)
