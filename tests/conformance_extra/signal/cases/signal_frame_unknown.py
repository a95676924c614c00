# tf.signal.frame with unknown dims, unknown rank and a fed frame_length: static shapes and fed results.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, [None, None])
q = tf.placeholder(tf.float32)
n = tf.placeholder(tf.int32, [])
fa = tf.signal.frame(p, 4, 2)
fb = tf.signal.frame(p, 4, 2, pad_end=True)
fc = tf.signal.frame(q, 3, 1)
fd = tf.signal.frame(p, n, 2)
fe = tf.signal.frame(tf.placeholder(tf.float32, [3, None, 2]), 2, 2, axis=1)
for t in (fa, fb, fc, fd, fe):
    print(t.shape)
data = np.arange(18, dtype=np.float32).reshape(2, 9)
with tf.Session() as sess:
    print(rnd(sess.run(fa, {p: data}), 4))
    print(rnd(sess.run(fb, {p: data}), 4))
    print(rnd(sess.run(fc, {q: data[0]}), 4))
    print(rnd(sess.run(fd, {p: data, n: 5}), 4))
    print(sess.run(tf.shape(fa), {p: np.zeros((3, 3), np.float32)}).tolist())
