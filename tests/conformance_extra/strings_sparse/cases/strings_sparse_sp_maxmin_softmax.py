# tf.sparse.maximum / minimum / softmax and sparse * dense, sparse / dense operators.
from prelude import tf, np, rnd

a = tf.SparseTensor([[0, 0], [0, 2], [1, 1]], [1.0, -2.0, 3.0], [2, 3])
b = tf.SparseTensor([[0, 0], [1, 0], [1, 1]], [-1.0, 4.0, 5.0], [2, 3])
mx = tf.sparse.maximum(a, b)
mn = tf.sparse_minimum(a, b)
sm = tf.sparse.softmax(a)
print(mx.shape.as_list(), mx.indices.op.type, sm.indices.op.type, sm.values.op.type)
mul = a * tf.constant([[2.0], [3.0]])
dv = a / tf.constant([2.0, 4.0, 8.0])
print(type(mul).__name__, mul.values.op.type, dv.values.op.type)
s3 = tf.SparseTensor([[0, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 1]], [1.0, 2.0, 3.0, 4.0], [2, 2, 2])
sm3 = tf.sparse.softmax(s3)
with tf.Session() as sess:
    for t in [mx, mn, sm, mul, dv, sm3]:
        v = sess.run(t)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    try:
        sess.run(tf.sparse.maximum(a, tf.SparseTensor([[0, 0]], [1.0], [3, 3])))
    except Exception as e:  # noqa: BLE001
        print("shape", type(e).__name__)
