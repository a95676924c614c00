# Without a shape, the first gradient after a take fixes the shape until the next take.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32)
g = tf.placeholder(tf.float32)
ls = tf.placeholder(tf.int64, [])
ap = acc.apply_grad(g, local_step=ls)
t = acc.take_grad(1)
print(t.shape, acc.accumulator_ref.op.get_attr("shape"))
with tf.Session() as sess:
    sess.run(ap, {g: [1, 2, 3], ls: 0})
    for bad in ([1, 2], 5.0, [[1, 2, 3]]):
        try:
            sess.run(ap, {g: bad, ls: 0})
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__)
    sess.run(ap, {g: [3, 2, 1], ls: 0})
    print(rnd(sess.run(t)))
    sess.run(ap, {g: [[1, 2]], ls: 1})
    print(rnd(sess.run(t)))
