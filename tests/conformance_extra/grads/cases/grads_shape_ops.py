# Gradients through shape-manipulating ops: reshape, transpose, tile, pad, concat, split, stack, slicing.
from prelude import tf, np, rnd

x = tf.constant(np.arange(1.0, 7.0).reshape(2, 3), tf.float32)
wt = tf.constant(np.arange(1.0, 25.0).reshape(4, 6), tf.float32)
outs = {
    "reshape": tf.reshape(x, [3, 2]),
    "transpose": tf.transpose(x),
    "tile": tf.tile(x, [2, 2]),
    "pad": tf.pad(x, [[1, 0], [0, 2]]),
    "pad_reflect": tf.pad(x, [[1, 1], [1, 1]], mode="REFLECT"),
    "concat": tf.concat([x, x * 2.0], axis=0),
    "stack": tf.stack([x, x], axis=1),
    "slice": tf.slice(x, [0, 1], [2, 2]),
    "strided": x[::-1, ::2],
    "reverse": tf.reverse(x, [1]),
    "expand": tf.expand_dims(x, 0),
    "broadcast_to": tf.broadcast_to(x[:1], [3, 3]),
    "split0": tf.split(x, 3, axis=1)[1],
    "unstack1": tf.unstack(x)[1],
    "gather_neg": x[:, -1],
}
gs = {}
for k, v in sorted(outs.items()):
    shape = v.shape.as_list()
    n = int(np.prod(shape))
    w = tf.reshape(tf.range(1.0, n + 1.0), shape)
    gs[k] = tf.gradients(tf.reduce_sum(v * w), x)[0]
    print(k, shape, gs[k].shape.as_list())
sp = tf.split(x, [1, 2], axis=1)
gsp = tf.gradients(sp[1], x)[0]
gsq = tf.gradients(tf.squeeze(tf.expand_dims(x, -1)), x)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k])))
    print(rnd(sess.run([gsp, gsq])))
