# Gradients through sparse ops: to_dense, sparse add, reduce_sum, softmax, sparse*dense w.r.t. values and dense.
from prelude import tf, np, rnd

vals = tf.constant([1.0, 2.0, 3.0])
idx = [[0, 0], [1, 1], [1, 2]]
sp = tf.SparseTensor(idx, vals, [2, 3])
d = tf.sparse.to_dense(sp)
w = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(rnd(tf.Session().run(tf.gradients(tf.reduce_sum(d * w), vals))))
other = tf.constant([10.0, 20.0])
sp2 = tf.SparseTensor([[0, 0], [0, 1]], other, [2, 3])
ad = tf.sparse.add(sp, sp2)
ga = tf.gradients(tf.reduce_sum(ad.values * tf.constant([1.0, 2.0, 3.0, 4.0])), [vals, other])
rs = tf.sparse.reduce_sum(sp, axis=1)
gr = tf.gradients(tf.reduce_sum(rs * tf.constant([2.0, 3.0])), vals)
smx = tf.sparse.softmax(sp)
gs = tf.gradients(tf.reduce_sum(smx.values * tf.constant([1.0, 2.0, 3.0])), vals)
dn = tf.Variable([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])
ml = sp * dn
gm = tf.gradients(tf.reduce_sum(ml.values), [vals, dn])
sd = tf.sparse.add(dn, sp)
gsd = tf.gradients(tf.reduce_sum(sd * w), [vals, dn])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(ga)))
    print(rnd(sess.run(gr)), rnd(sess.run(gs)))
    print(rnd(sess.run(gm)))
    print(rnd(sess.run(gsd)))
print([g is None for g in tf.gradients(tf.reduce_sum(d), [sp.indices, sp.dense_shape])])
