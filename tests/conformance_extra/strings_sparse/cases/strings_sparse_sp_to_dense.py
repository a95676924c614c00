# tf.sparse.to_dense / sparse_tensor_to_dense / sparse_to_dense: default_value, validate_indices, index errors.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 1], [2, 0]], [5, 6], [3, 2])
d = tf.sparse.to_dense(sp, default_value=-1)
d2 = tf.sparse_tensor_to_dense(sp)
print(d.op.type, d.name, d.dtype.name, d.shape.as_list())
s2d = tf.sparse_to_dense([[0, 0], [1, 2]], [2, 3], [1.5, 2.5], default_value=0.5)
s2s = tf.sparse_to_dense([1, 3], [5], 7)
s2p = tf.sparse_to_dense(tf.placeholder(tf.int32, [None]), [4], 1.0)
print(s2d.op.type, s2d.shape.as_list(), s2s.shape.as_list(), s2p.shape.as_list())
with tf.Session() as sess:
    print(sess.run(d).tolist(), sess.run(d2).tolist(), rnd(sess.run(s2d)), sess.run(s2s).tolist())
    un = tf.SparseTensor([[2, 0], [0, 1]], [1, 2], [3, 2])
    dup = tf.SparseTensor([[0, 1], [0, 1]], [1, 2], [3, 2])
    oob = tf.SparseTensor([[0, 1], [3, 0]], [1, 2], [3, 2])
    for name, t in [("unordered", un), ("dup", dup), ("oob", oob)]:
        try:
            print(name, sess.run(tf.sparse.to_dense(t)).tolist())
        except Exception as e:  # noqa: BLE001
            print(name, type(e).__name__)
    print(sess.run(tf.sparse.to_dense(un, validate_indices=False)).tolist())
    try:
        sess.run(tf.sparse.to_dense(oob, validate_indices=False))
    except Exception as e:  # noqa: BLE001
        print("oob novalidate", type(e).__name__)
    try:
        sess.run(tf.sparse_to_dense([[0], [0]], [3], [1, 2]))
    except Exception as e:  # noqa: BLE001
        print("s2d dup", type(e).__name__)
    sd = tf.SparseTensor([[0]], ["a"], [3])
    print([x.decode() for x in sess.run(tf.sparse.to_dense(sd, default_value="z"))])
try:
    tf.sparse.to_dense(sp, default_value=[1, 2])
except Exception as e:  # noqa: BLE001
    print("default shape", type(e).__name__)
