# Wide linear model on sparse features: sparse_placeholder fed with SparseTensorValue, sparse_tensor_dense_matmul, FTRL optimizer.
from prelude import tf, np, rnd

sp = tf.sparse_placeholder(tf.float32, shape=[None, 6], name="feat")
y = tf.placeholder(tf.float32, [None, 1])
print(type(sp).__name__, sp.indices.name, sp.values.name, sp.dense_shape.name, sp.dense_shape.dtype.name)
w = tf.Variable(tf.zeros([6, 1]), name="w")
b = tf.Variable(0.0, name="b")
logits = tf.sparse_tensor_dense_matmul(sp, w) + b
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
opt = tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.01)
train = opt.minimize(loss)
print(logits.shape, sorted(v.op.name for v in tf.global_variables()))
val = tf.SparseTensorValue(indices=[[0, 0], [0, 3], [1, 1], [2, 3], [2, 5], [3, 2]], values=[1.0, 2.0, 1.0, 1.0, 1.0, 3.0],
                           dense_shape=[4, 6])
labels = np.array([[1], [0], [1], [0]], np.float32)
dense = tf.sparse.to_dense(sp)
rs = tf.sparse.reduce_sum(sp, axis=1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(dense, {sp: val}).tolist(), sess.run(rs, {sp: val}).tolist())
    for i in range(10):
        _, l = sess.run([train, loss], {sp: val, y: labels})
    print("%.4g" % l, rnd(sess.run(w).ravel(), 4), rnd(sess.run(b), 4))
    sv = (np.array([[0, 1]], np.int64), np.array([5.0], np.float32), np.array([1, 6], np.int64))
    print(rnd(sess.run(logits, {sp: sv}), 4))
