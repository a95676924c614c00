# tf.signal.dct types 1-4, with and without norm="ortho", float32 and float64.
from prelude import tf, np, rnd

x = np.array([[1.0, 2.0, -1.0, 3.0, 0.5], [0.0, 1.0, 0.0, -1.0, 2.0]], np.float32)
ts = [tf.signal.dct(x, type=k) for k in (1, 2, 3, 4)]
ts += [tf.signal.dct(x, type=k, norm="ortho") for k in (2, 3, 4)]
ts.append(tf.signal.dct(x.astype(np.float64)))
print([t.name.split("/")[0] for t in ts])
print([t.dtype.name for t in ts], [t.shape.as_list() for t in ts])
with tf.Session() as sess:
    for v in sess.run(ts):
        print(rnd(v, 4))
