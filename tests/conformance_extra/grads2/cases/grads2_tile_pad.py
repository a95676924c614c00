# Gradients of tile and pad in CONSTANT, REFLECT and SYMMETRIC modes, with tensor multiples.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
gs = {}
gs["tile"] = tf.gradients(tf.tile(x, [2, 3]) * tf.reshape(tf.range(36.0), [4, 9]), x)[0]
m = tf.placeholder(tf.int32, [2])
tt = tf.tile(x, m)
print(tt.shape)
gtt = tf.gradients(tf.reduce_sum(tt * tt), x)[0]
pads = [[1, 1], [2, 2]]
for mode in ["CONSTANT", "REFLECT", "SYMMETRIC"]:
    y = tf.pad(x, pads, mode=mode)
    w = tf.reshape(tf.range(1.0, 1.0 + 4 * 7), [4, 7])
    gs[mode] = tf.gradients(y * w, x)[0]
    print(mode, y.shape, gs[mode].shape)
gs["cval"] = tf.gradients(tf.pad(x, [[0, 1], [1, 0]], constant_values=3.0) * 2.0, x)[0]
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gtt, {m: [2, 1]}), 4))
