# tf.sparse.slice and tf.sparse.split (num_split, axis): values, dense shapes, static shapes, uneven splits.
from prelude import tf, np, rnd

sp = tf.SparseTensor([[0, 0], [0, 4], [1, 1], [1, 5], [2, 3], [3, 2]], [1, 2, 3, 4, 5, 6], [4, 6])
s1 = tf.sparse.slice(sp, [0, 1], [2, 4])
s2 = tf.sparse_slice(sp, [3, 0], [5, 10])
print(s1.shape.as_list(), s1.indices.op.type)
parts = tf.sparse.split(sp_input=sp, num_split=4, axis=1)
parts0 = tf.sparse_split(sp_input=sp, num_split=3, axis=0)
print(len(parts), [p.shape.as_list() for p in parts], parts[0].indices.op.type)
with tf.Session() as sess:
    for t in [s1, s2]:
        v = sess.run(t)
        print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
    for t in parts + parts0:
        v = sess.run(t)
        print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
    try:
        sess.run(tf.sparse.split(sp_input=sp, num_split=7, axis=0)[0])
    except Exception as e:  # noqa: BLE001
        print("too many", type(e).__name__)
try:
    tf.sparse.split(sp, 2, 1)
except Exception as e:  # noqa: BLE001
    print("positional", type(e).__name__)
