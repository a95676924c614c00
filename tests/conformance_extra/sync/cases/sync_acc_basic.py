# tf.ConditionalAccumulator: op types, names, shapes, mean of applied gradients, num_accumulated.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32, shape=[2], name="acc")
print(acc.name, acc.dtype.name, acc.accumulator_ref.op.type, acc.accumulator_ref.dtype.name)
print(acc.accumulator_ref.shape)
ap = acc.apply_grad([1.0, 2.0])
ap2 = acc.apply_grad(tf.constant([3.0, 5.0]), local_step=0, name="second")
n = acc.num_accumulated()
t = acc.take_grad(2)
print(ap.name, ap.type, [i.name for i in ap.inputs], ap2.name)
print(n.name, n.op.type, n.dtype.name, n.shape)
print(t.name, t.op.type, t.dtype.name, t.shape, [i.name for i in t.op.inputs])
with tf.Session() as sess:
    print(sess.run(n))
    sess.run(ap)
    sess.run(ap2)
    print(sess.run(n))
    print(rnd(sess.run(t)))
    print(sess.run(n))
