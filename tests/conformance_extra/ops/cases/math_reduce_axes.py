# Reductions: axis forms (None, int, negative, list, tensor), keepdims and legacy keep_dims.
from prelude import tf, np, rnd

x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
outs = [tf.reduce_sum(x), tf.reduce_sum(x, 0), tf.reduce_sum(x, -1), tf.reduce_mean(x, [0, 2]),
        tf.reduce_max(x, axis=1, keepdims=True), tf.reduce_min(x, 2, keep_dims=True),
        tf.reduce_prod(x[:, :, :2], axis=[1, 2]), tf.reduce_sum(x, tf.constant([0, 1])),
        tf.reduce_logsumexp(x, axis=-1), tf.reduce_any(x > 20.0, axis=0),
        tf.reduce_all(x >= 0.0), tf.count_nonzero(x, axis=1), tf.reduce_euclidean_norm(x, 0)
        if hasattr(tf, "reduce_euclidean_norm") else tf.norm(x, axis=0)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
