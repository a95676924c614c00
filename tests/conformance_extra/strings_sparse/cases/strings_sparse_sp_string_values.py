# SparseTensors of strings: string_split results through to_dense, reorder, concat, slice and retain.
from prelude import tf, np, rnd

sp = tf.string_split(tf.placeholder_with_default(["a b c", "d", "e f"], [None]))
d = tf.sparse.to_dense(sp, default_value="<pad>")
print(d.dtype.name, d.shape.as_list())
c = tf.sparse.concat(0, [sp, sp])
sl = tf.sparse.slice(sp, [0, 1], [3, 2])
rt = tf.sparse.retain(sp, tf.not_equal(sp.values, "d"))
with tf.Session() as sess:
    print(np.vectorize(lambda x: x.decode())(sess.run(d)).tolist())
    for t in [c, sl, rt]:
        v = sess.run(t)
        print(v.indices.tolist(), [x.decode() for x in v.values], v.dense_shape.tolist())
    lens = tf.sparse.reduce_max(tf.SparseTensor(sp.indices, sp.indices[:, 1] + 1, sp.dense_shape), axis=1)
    print(sess.run(lens).tolist())
    h = tf.SparseTensor(sp.indices, tf.strings.to_hash_bucket_fast(sp.values, 10), sp.dense_shape)
    print(sess.run(tf.sparse.to_dense(h, default_value=-1)).tolist())
