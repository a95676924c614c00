# set_global_step moves the accumulator's step (down as well as up) without touching the sum.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float64, shape=[], name="scalar_acc")
gs = tf.placeholder(tf.int64, [])
setter = acc.set_global_step(gs)
print(setter.name, setter.type, [i.name for i in setter.inputs])
ls = tf.placeholder(tf.int32, [])
ap = acc.apply_grad(tf.constant(2.0, tf.float64), local_step=ls)
n = acc.num_accumulated()
with tf.Session() as sess:
    sess.run(setter, {gs: 5})
    sess.run(ap, {ls: 4})
    print(sess.run(n))
    sess.run(ap, {ls: 5})
    sess.run(setter, {gs: 10})
    print(sess.run(n))
    sess.run(ap, {ls: 5})
    print(sess.run(n))
    sess.run(setter, {gs: -3})
    sess.run(ap, {ls: -3})
    out = sess.run(acc.take_grad(2))
    print(rnd(out), type(out).__name__, out.dtype)
