# Static shapes and build/run-time errors at the edges of sparse add, concat, reshape, slice, split, expand_dims, transpose.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 0], [1, 2], [2, 1]], [1.0, 2.0, 3.0], [3, 4])
print(str(tf.sparse.add(sp, tf.sparse_placeholder(tf.float32)).shape),
      tf.sparse.add(sp, tf.sparse_placeholder(tf.float32, [None, 4])).shape.as_list())
z = tf.SparseTensor(tf.zeros([0, 2], tf.int64), tf.zeros([0]), [0, 4])
print(tf.sparse.reshape(z, [-1, 2]).shape.as_list(), tf.sparse.reshape(z, [2, -1]).shape.as_list(),
      tf.sparse.reshape(sp, [6, -1]).shape.as_list())
for bad in [lambda: tf.sparse.concat(2, [sp, sp]), lambda: tf.sparse.concat(-3, [sp, sp]),
            lambda: tf.sparse.split(sp_input=sp, num_split=2, axis=tf.constant(1)),
            lambda: tf.sparse.expand_dims(sp, 3), lambda: tf.sparse.transpose(sp, [0]),
            lambda: tf.SparseTensor([[0, 0]], [1.0, 2.0], [3, 3])]:
    try:
        bad()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
print(str(tf.sparse.expand_dims(sp, -4).shape), tf.sparse.expand_dims(sp, 2).shape.as_list())
print([s.shape.as_list() for s in tf.sparse.split(sp_input=sp, num_split=2, axis=tf.constant(1, tf.int64))])
with tf.Session() as sess:
    for st, sz in [([0, 0], [-1, 2]), ([-1, 0], [2, 2]), ([5, 0], [1, 1])]:
        try:
            v = sess.run(tf.sparse.slice(sp, st, sz))
            print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
        except Exception as e:  # noqa: BLE001
            print(st, sz, type(e).__name__)
    v = sess.run(tf.sparse.split(sp_input=sp, num_split=2, axis=tf.constant(1, tf.int64))[1])
    print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
