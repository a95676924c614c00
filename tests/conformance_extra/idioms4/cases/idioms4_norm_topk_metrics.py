# Misc NN helpers used in tutorials: moments + batch_normalization, l2_normalize, LRN, top_k, in_top_k, log_softmax, cosine similarity.
from prelude import tf, np, rnd

rs = np.random.RandomState(81)
x = tf.constant(rs.randn(4, 5).astype(np.float32))
mean, var = tf.nn.moments(x, axes=[0])
bn = tf.nn.batch_normalization(x, mean, var, offset=0.1, scale=2.0, variance_epsilon=1e-3)
mk, vk = tf.nn.moments(x, axes=[1], keep_dims=True)
l2n = tf.nn.l2_normalize(x, axis=1)
img = tf.constant(rs.rand(1, 2, 2, 6).astype(np.float32))
lrn = tf.nn.local_response_normalization(img, depth_radius=2, bias=1.0, alpha=0.5, beta=0.75)
vals, idx = tf.nn.top_k(x, k=2)
itk = tf.nn.in_top_k(x, tf.constant([0, 1, 2, 3]), 2)
ls = tf.nn.log_softmax(x)
cos = tf.reduce_sum(tf.nn.l2_normalize(x[:2], 1) * tf.nn.l2_normalize(x[2:], 1), 1)
print(mean.shape, mk.shape, bn.name, l2n.name, lrn.op.type, vals.name, idx.dtype.name, itk.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run([mean, var]), 4))
    print(rnd(sess.run(bn)[0], 4), rnd(sess.run(vk).ravel(), 4))
    print(rnd(sess.run(l2n)[1], 4), rnd(sess.run(lrn)[0, 0, 0], 4))
    print(rnd(sess.run(vals), 4), sess.run(idx).tolist(), sess.run(itk).tolist())
    print(rnd(sess.run(ls)[2], 4), rnd(sess.run(cos), 4))
