# tf.sparse.bincount value / weight dtypes and fed input.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for vt in (tf.int32, tf.int64):
        for wt in (None, tf.int32, tf.int64, tf.float32, tf.float64):
            v = tf.constant([[2, 0, 2], [1, 1, 4]], vt)
            w = None if wt is None else tf.cast(tf.constant([[1, 2, 3], [4, 5, 6]]), wt)
            b = tf.sparse.bincount(v, weights=w, axis=-1)
            r = sess.run(b)
            print(vt.name, None if wt is None else wt.name, b.values.dtype.name,
                  r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
    p = tf.placeholder(tf.int32, [None])
    b = tf.sparse.bincount(p, minlength=3)
    r = sess.run(b, {p: [5, 5, 1]})
    print(b.indices.shape, r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
