# float64 and float16 accumulators: dtypes of the taken gradient and local_step casts.
from prelude import tf, np, rnd

for dt in (tf.float64, tf.float16):
    acc = tf.ConditionalAccumulator(dt, shape=[3], name="acc_" + dt.name)
    ap1 = acc.apply_grad(np.array([1, 2, 3]), local_step=tf.constant(0, tf.int64))
    ap2 = acc.apply_grad([0.5, 0.25, 0.125], local_step=np.int32(0))
    t = acc.take_grad(2)
    print(acc.name, t.dtype.name, t.shape, ap1.inputs[2].dtype.name, ap2.inputs[1].op.type)
    with tf.Session() as sess:
        sess.run([ap1])
        sess.run([ap2])
        v = sess.run(t)
        print(rnd(v, 3), v.dtype)
