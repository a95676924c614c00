# Gradients of scatter_nd and tensor_scatter_update/add/sub w.r.t. updates and tensor.
from prelude import tf, np, rnd

upd = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
idx = tf.constant([[0], [2], [0]])
sn = tf.scatter_nd(idx, upd, [4, 2])
w = tf.reshape(tf.range(8.0), [4, 2])
g1 = tf.gradients(sn * w, [upd, idx])
print(g1[1], sn.shape)
t = tf.ones([4, 2]) * 2.0
tidx = tf.constant([[1], [3]])
tupd = tf.constant([[7.0, 8.0], [9.0, 10.0]])
gs = {}
for k, f in [("upd", tf.tensor_scatter_nd_update), ("add", tf.tensor_scatter_nd_add),
             ("sub", tf.tensor_scatter_nd_sub)]:
    gs[k] = tf.gradients(f(t, tidx, tupd) * w, [t, tupd])
with tf.Session() as sess:
    print(rnd(sess.run(g1[0]), 4))
    for k in sorted(gs):
        print(k, [rnd(v, 4) for v in sess.run(gs[k])])
