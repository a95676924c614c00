# Gradients of reductions with keepdims, negative and multiple axes, and unknown shapes.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1.0, 13.0).reshape(2, 3, 2), tf.float32)
outs = {
    "sum_k": tf.reduce_sum(x, axis=1, keepdims=True),
    "mean_neg": tf.reduce_mean(x, axis=-1),
    "prod_k": tf.reduce_prod(x, axis=[0, 2], keepdims=True),
    "max_all": tf.reduce_max(x),
    "min_k": tf.reduce_min(x, axis=0, keepdims=True),
    "lse": tf.reduce_logsumexp(x, axis=2, keepdims=True),
    "mean_none_k": tf.reduce_mean(x, keepdims=True),
}
grads = {}
for k, v in sorted(outs.items()):
    gy = tf.ones_like(v) * 2.0
    grads[k] = tf.gradients(v, x, grad_ys=gy)[0]
    print(k, v.shape.as_list(), grads[k].shape.as_list())
p = tf.placeholder(tf.float32, [None, None])
gp = tf.gradients(tf.reduce_sum(p, axis=1, keepdims=True), p)[0]
gpm = tf.gradients(tf.reduce_mean(p, axis=0), p)[0]
print(gp.shape.as_list(), gpm.shape.as_list())
u = tf.placeholder(tf.float32)
gu = tf.gradients(tf.reduce_sum(u * u, keepdims=True), u)[0]
print(gu.shape.dims)
e = tf.zeros([0, 3])
ge = tf.gradients(tf.reduce_sum(e, axis=0), e)[0]
gem = tf.gradients(tf.reduce_mean(e, axis=1), e)[0]
ax = tf.placeholder(tf.int32, [])
gax = tf.gradients(tf.reduce_sum(x * x, axis=ax), x)[0]
print(gax.shape.as_list())
with tf.Session() as sess:
    for k in sorted(grads):
        print(k, rnd(sess.run(grads[k]), 4))
    print(rnd(sess.run([gp, gpm], {p: np.ones([2, 3])})))
    print(rnd(sess.run(gu, {u: [[1.0, 2.0]]})))
    print(sess.run(ge).shape, sess.run(gem).shape)
    print(rnd(sess.run(gax, {ax: 1}))[0])
