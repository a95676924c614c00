# Gradients of gather / embedding_lookup are IndexedSlices.
from prelude import tf, np, rnd

params = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
ids = tf.constant([2, 0, 2])
e = tf.nn.embedding_lookup(params, ids)
loss = tf.reduce_sum(e * e)
g = tf.gradients(loss, params)[0]
print(type(g).__name__)
print(g.values.dtype.name, g.indices.dtype.name, g.dense_shape.dtype.name)
print(g.values.shape.as_list(), g.indices.shape.as_list())
print(g.dtype.name)
c = tf.constant([[1.0, 2.0], [3.0, 4.0]])
gg = tf.gradients(tf.reduce_sum(tf.gather(c, [1, 1])), c)[0]
print(type(gg).__name__)
dense = tf.convert_to_tensor(gg)
print(dense.shape.as_list(), dense.dtype.name)
gsum = tf.gradients(tf.reduce_sum(tf.gather(c, [1])) + tf.reduce_sum(c), c)[0]
print(isinstance(gsum, tf.Tensor), isinstance(gsum, tf.IndexedSlices))
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss, var_list=[params])
print(type(gv[0][0]).__name__)
train = opt.apply_gradients(gv)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    vals, idx, ds = sess.run([g.values, g.indices, g.dense_shape])
    print(rnd(vals), idx.tolist(), ds.tolist())
    print(rnd(sess.run(dense)), rnd(sess.run(gsum)))
    sess.run(train)
    print(rnd(sess.run(params)))
