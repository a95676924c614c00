# Feeding sparse placeholders with tuples, SparseTensorValue, and errors.
from prelude import tf, np

sp = tf.sparse_placeholder(tf.float32, shape=[2, 3], name="sp")
dense = tf.sparse_tensor_to_dense(sp)
total = tf.sparse_reduce_sum(sp)
with tf.Session() as sess:
    print(sess.run(dense, {sp: ([[0, 1], [1, 2]], [1.0, 2.0], [2, 3])}).tolist())
    print(sess.run(total, {sp: tf.SparseTensorValue([[1, 0]], [4.0], [2, 3])}))
    r = sess.run(sp, {sp: ([[0, 0]], [7.0], [2, 3])})
    print(type(r).__name__, r.values.tolist())
    print(sess.run(dense, {sp: (np.array([[0, 2]]), np.array([3]), np.array([2, 3]))}).tolist())
    for v in [([[0, 0]], [1.0]), ([[0, 1]], [1.0], [2, 3], "extra"), np.zeros((2, 3)), 5]:
        try:
            print(sess.run(dense, {sp: v}).tolist())
        except Exception as e:
            print(type(e).__name__)
    sp2 = tf.sparse_placeholder(tf.float32, name="sp2")
    print(sp.dense_shape.op.type, sp2.dense_shape.op.type)
    try:
        sess.run(sp2, {sp2: ([[0, 0]], [1.0])})
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(dense, {sp.values: [9.0], sp.indices: [[0, 0]], sp.dense_shape: [2, 3]}).tolist())
