# Embeddings: gather / embedding_lookup with partitions, IndexedSlices grads, sparse Adam update.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

emb = tf.get_variable("emb", [5, 2], initializer=tf.constant_initializer(np.arange(10).reshape(5, 2) / 10.0))
ids = tf.placeholder(tf.int32, [None, 2], name="ids")
looked = tf.nn.embedding_lookup(emb, ids)
pooled = tf.reduce_mean(looked, axis=1)
loss = tf.reduce_sum(tf.square(pooled - 1.0))
g = tf.gradients(loss, emb)[0]
print(looked.shape, pooled.shape, type(g).__name__, g.values.shape, g.indices.dtype, g.dense_shape.dtype)
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
print(sorted(set(o.type for o in tf.get_default_graph().get_operations() if "Scatter" in o.type or "Apply" in o.type)))
parts = [tf.Variable([[1.0], [2.0]], name="p0"), tf.Variable([[3.0], [4.0]], name="p1")]
pl = tf.nn.embedding_lookup(parts, [0, 1, 2, 3], partition_strategy="mod")
pl2 = tf.nn.embedding_lookup(parts, [0, 1, 2, 3], partition_strategy="div")
sp = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0]], values=[1, 3, 4], dense_shape=[2, 2])
sl = tf.nn.embedding_lookup_sparse(emb, sp, None, combiner="sum")
feed = {ids: [[0, 1], [1, 3]]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gv = sess.run(g, feed)
    print(type(gv).__name__, rnd(gv.values, 4), gv.indices.tolist(), gv.dense_shape.tolist())
    for _ in range(3):
        print(rnd(sess.run([loss, train], feed)[0], 4))
    print(rnd(sess.run(emb), 4))
    print(rnd(sess.run([pl, pl2, sl])))
