# Run-time errors: wrong shape, num_required < 1, stale bad gradients are not checked.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32, shape=[2])
g = tf.placeholder(tf.float32, None)
ls = tf.placeholder(tf.int64, [])
ap = acc.apply_grad(g, local_step=ls)
req = tf.placeholder(tf.int32, [])
take = acc.take_grad(req)
with tf.Session() as sess:
    for feed in ({g: [1, 2, 3], ls: 0}, {g: [[1, 2]], ls: 0}, {g: 1.0, ls: 0}):
        try:
            sess.run(ap, feed)
        except tf.errors.OpError as e:
            print(type(e).__name__)
    for r in (0, -2):
        try:
            sess.run(take, {req: r})
        except tf.errors.OpError as e:
            print(type(e).__name__)
    sess.run(ap, {g: [1, 1], ls: 0})
    print(rnd(sess.run(take, {req: 1})))
    sess.run(ap, {g: [1, 2, 3], ls: 0})  # stale: dropped before any check
    print(sess.run(acc.num_accumulated()))
