# Run-time errors for unordered / out-of-bounds / negative indices across sparse ops, and build-time errors.
from prelude import tf, np, rnd

p = tf.sparse_placeholder(tf.float32, [3, 3])
ops = {"to_dense": tf.sparse.to_dense(p), "reduce_sum": tf.sparse.reduce_sum(p, 1),
       "reorder": tf.sparse.reorder(p).indices, "softmax": tf.sparse.softmax(p).values,
       "add": tf.sparse.add(p, p).values, "matmul": tf.sparse.sparse_dense_matmul(p, tf.ones([3, 1])),
       "fill": tf.sparse.fill_empty_rows(p, 0.0)[0].values, "slice": tf.sparse.slice(p, [0, 0], [2, 2]).values,
       "dense_add": tf.sparse.add(p, tf.ones([3, 3]))}
feeds = {"unordered": ([[2, 0], [0, 1]], [1.0, 2.0], [3, 3]),
         "oob": ([[0, 1], [3, 0]], [1.0, 2.0], [3, 3]),
         "negative": ([[0, -1]], [1.0], [3, 3]),
         "dup": ([[0, 1], [0, 1]], [1.0, 2.0], [3, 3])}
with tf.Session() as sess:
    for fname in sorted(feeds):
        row = []
        for oname in sorted(ops):
            try:
                sess.run(ops[oname], {p: feeds[fname]})
                row.append(oname + "=ok")
            except Exception as e:  # noqa: BLE001
                row.append(oname + "=" + type(e).__name__)
        print(fname, " ".join(row))
    try:
        sess.run(tf.sparse.to_dense(p), {p: ([[0, 0]], [1.0, 2.0], [3, 3])})
    except Exception as e:  # noqa: BLE001
        print("values len", type(e).__name__)
