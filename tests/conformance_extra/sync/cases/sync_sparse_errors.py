# Sparse gradient checks: index bounds, values shape, indices rank, shape dims, staleness.
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float32, shape=[4, 2])
idx = tf.placeholder(tf.int64, None)
val = tf.placeholder(tf.float32, None)
shp = tf.placeholder(tf.int64, None)
ls = tf.placeholder(tf.int64, [])
with_shape = acc.apply_grad(idx, val, shp, local_step=ls)
no_shape = acc.apply_grad(idx, val, local_step=ls)
n = acc.num_accumulated()
with tf.Session() as sess:
    for op, feed in ((with_shape, {idx: [1], val: [[1, 1]], shp: [5, 2]}),
                     (with_shape, {idx: [1], val: [[1, 1, 1]], shp: [4, 2]}),
                     (with_shape, {idx: [1, 2], val: [[1, 1]], shp: [4, 2]}),
                     (with_shape, {idx: [7], val: [[1, 1]], shp: [4, 2]}),
                     (no_shape, {idx: [[0]], val: [[1, 1]]}),
                     (no_shape, {idx: [0], val: [[[1, 1]]]}),
                     (no_shape, {idx: [0], val: [1.0]})):
        feed[ls] = 0
        try:
            sess.run(op, feed)
            print("ok")
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__)
    print(sess.run(n))
    sess.run(acc.set_global_step(3))
    sess.run(no_shape, {idx: [9], val: [[1, 1, 1]], ls: 2})  # stale: no check
    print(sess.run(n))
    try:
        sess.run(acc.take_grad(0))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
