# Stale gradients (local_step < the accumulator's step) are dropped; a take advances the step.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32, shape=[3])
g = tf.placeholder(tf.float32, [3])
step = tf.placeholder(tf.int64, [])
ap = acc.apply_grad(g, local_step=step)
n = acc.num_accumulated()
take = acc.take_grad(1)
with tf.Session() as sess:
    sess.run(ap, {g: [1, 2, 3], step: 0})
    print(rnd(sess.run(take)))
    sess.run(ap, {g: [9, 9, 9], step: 0})
    print("after stale", sess.run(n))
    sess.run(ap, {g: [2, 2, 2], step: 1})
    sess.run(ap, {g: [4, 0, 2], step: 7})
    print(sess.run(n), rnd(sess.run(take)))
    sess.run(ap, {g: [1, 1, 1], step: 1})
    print("step 1 now stale", sess.run(n))
    sess.run(ap, {g: [5, 6, 7], step: 2})
    print(rnd(sess.run(take)))
