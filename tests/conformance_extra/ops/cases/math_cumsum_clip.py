# cumsum/cumprod exclusive and reverse, clip ops, norms, matmul transposes and batch matmul.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
outs = [tf.cumsum(x, axis=1), tf.cumsum(x, axis=1, exclusive=True), tf.cumsum(x, axis=0, reverse=True),
        tf.cumprod(x, axis=1, exclusive=True, reverse=True), tf.clip_by_value(x, 2.0, 5.0),
        tf.clip_by_norm(x, 5.0), tf.clip_by_norm(x, 5.0, axes=[1]), tf.clip_by_average_norm(x, 1.0),
        tf.norm(x), tf.norm(x, ord=1, axis=1), tf.matmul(x, x, transpose_b=True),
        tf.matmul(x, x, transpose_a=True), tf.matmul(tf.stack([x, x]), tf.transpose(tf.stack([x, x]), [0, 2, 1])),
        tf.tensordot(x, tf.transpose(x), 1), tf.einsum("ij,kj->ik", x, x)]
clipped, gnorm = tf.clip_by_global_norm([x, None, 2.0 * x], 3.0)
for t in outs + [gnorm]:
    print(t.op.type, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(outs), 4))
    print(rnd(sess.run([clipped[0], clipped[2], gnorm]), 4), clipped[1])
