# TensorArray of int32, bool, string, int64, float64: dtypes and values.
from prelude import tf, np, rnd

tas = []
for dt, vals in [(tf.int32, [1, 2]), (tf.bool, [True, False]), (tf.string, [b"a", b"bc"]),
                 (tf.int64, [7, 8]), (tf.float64, [0.5, 1.5])]:
    ta = tf.TensorArray(dt, size=2)
    ta = ta.write(0, tf.constant(vals[0], dt)).write(1, tf.constant(vals[1], dt))
    s = ta.stack()
    r = ta.read(1)
    print(dt.name, s.dtype.name, s.shape, r.dtype.name)
    tas.append((s, r))
with tf.Session() as sess:
    for s, r in tas:
        print(rnd(sess.run(s)), rnd(sess.run(r)))
