# tf.signal.dct with n (truncate / zero-pad), tf.signal.idct types 1-4, and idct(dct(x)) round trips.
from prelude import tf, np, rnd

x = np.array([3.0, -1.0, 2.0, 0.5, 1.0, -2.0], np.float32)
trunc = tf.signal.dct(x, n=4)
pad = tf.signal.dct(x, n=9, norm="ortho")
pad1 = tf.signal.dct(x, type=1, n=8)
inv = [tf.signal.idct(x, type=k) for k in (1, 2, 3, 4)]
inv_o = tf.signal.idct(x, type=2, norm="ortho", n=5)
rt2 = tf.signal.idct(tf.signal.dct(x, norm="ortho"), norm="ortho")
rt3 = tf.signal.idct(tf.signal.dct(x, type=3), type=3) / (2.0 * 6)
rt1 = tf.signal.idct(tf.signal.dct(x, type=1), type=1) / (2.0 * 5)
rt4 = tf.signal.idct(tf.signal.dct(x, type=4, norm="ortho"), type=4, norm="ortho")
ts = [trunc, pad, pad1] + inv + [inv_o, rt2, rt3, rt1, rt4]
print([t.name.split("/")[0] for t in ts])
print([t.shape.as_list() for t in ts])
with tf.Session() as sess:
    for v in sess.run(ts):
        print(rnd(v, 4))
