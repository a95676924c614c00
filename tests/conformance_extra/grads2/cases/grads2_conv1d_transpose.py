# Gradients of conv1d (stride, SAME/VALID) and conv2d_transpose w.r.t. input and filter.
from prelude import tf, np, rnd

x = tf.reshape(tf.range(1.0, 13.0), [1, 6, 2]) / 10.0
f = tf.reshape(tf.range(1.0, 13.0), [3, 2, 2]) / 10.0
for pad in ["SAME", "VALID"]:
    for st in [1, 2]:
        y = tf.nn.conv1d(x, f, stride=st, padding=pad)
        g = tf.gradients(tf.reduce_sum(y * y), [x, f])
        with tf.Session() as sess:
            print(pad, st, y.shape, [rnd(v.reshape(-1).tolist(), 3) for v in sess.run(g)])
inp = tf.reshape(tf.range(1.0, 9.0), [1, 2, 2, 2]) / 10.0
filt = tf.reshape(tf.range(1.0, 25.0), [2, 2, 3, 2]) / 10.0
for pad, os_ in [("SAME", [1, 4, 4, 3]), ("VALID", [1, 4, 4, 3]), ("VALID", [1, 5, 5, 3])]:
    try:
        y = tf.nn.conv2d_transpose(inp, filt, os_, [1, 2, 2, 1], padding=pad)
        g = tf.gradients(tf.reduce_sum(y * y), [inp, filt])
        print(pad, os_, y.shape, [t.shape for t in g])
        with tf.Session() as sess:
            print([rnd(v.reshape(-1).tolist(), 3) for v in sess.run(g)])
    except Exception as e:  # noqa: BLE001
        print(pad, os_, type(e).__name__)
