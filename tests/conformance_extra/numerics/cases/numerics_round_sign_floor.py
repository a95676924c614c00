# round is half-to-even, sign of -0.0, floor/ceil/rint, abs and negate of the int minimum.
from prelude import tf, np, rnd

f = tf.constant([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6, -0.0])
outs = [tf.round(f), tf.math.rint(f), tf.floor(f), tf.ceil(f), tf.sign(f), tf.abs(f), tf.negative(f),
        tf.round(tf.constant([3, -3])), tf.floor(tf.constant([1.5], tf.float64)),
        tf.abs(tf.constant([-2147483648, -5], tf.int32)), tf.negative(tf.constant([-128, 5], tf.int8)),
        tf.abs(tf.constant([-128, 127], tf.int8)), tf.sign(tf.constant([-3, 0, 7])),
        tf.sign(tf.constant([-2.0, float("nan"), 0.0]))]
for t in outs:
    print(t.op.type, t.dtype.name)
with tf.Session() as sess:
    vals = sess.run(outs)
    for v in vals:
        print(rnd(v))
    print("signbit", np.signbit(vals[0]).tolist(), np.signbit(vals[4]).tolist(), np.signbit(vals[6]).tolist())
    z = sess.run(tf.constant(-0.0) * 1.0)
    print("neg zero", bool(np.signbit(z)), bool(np.signbit(sess.run(tf.abs(tf.constant(-0.0))))))
for dt in (tf.int32, tf.int64):
    try:
        print(tf.floor(tf.constant([1], dt)).dtype.name)
    except Exception as e:
        print(type(e).__name__)
