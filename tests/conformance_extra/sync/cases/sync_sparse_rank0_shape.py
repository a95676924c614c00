# A sparse accumulator made with shape=() (as SyncReplicasOptimizer does) checks gradients
# only against those accumulated so far.
from prelude import tf, np, rnd

acc = tf.SparseConditionalAccumulator(tf.float64, shape=())
ls = tf.placeholder(tf.int64, [])


def apply(i, v, s=None):
    return acc.apply_grad(tf.constant(i, tf.int64), tf.constant(v, tf.float64), grad_shape=s,
                          local_step=ls)


with tf.Session() as sess:
    for op in (apply([5], [[1.0, 1.0]], [3, 2]), apply([0], [[1.0, 1.0]], [3, 3]),
               apply([0], [[1.0, 1.0]], [3, 2, 1]), apply([-1], [[1.0, 1.0]])):
        sess.run(op, {ls: 0})
    print(sess.run(acc.num_accumulated()))
    for op in (apply([0], [[1.0, 1.0, 1.0]]), apply([0], [[[1.0, 1.0]]]), apply([0], [1.0])):
        try:
            sess.run(op, {ls: 0})
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__)
    r = sess.run(acc.take_grad(4))
    print(r.indices.tolist(), rnd(r.values), r.shape.tolist())
    sess.run(apply([], np.zeros([0, 3])), {ls: 1})
    r = sess.run(acc.take_grad(1))
    print(r.indices.tolist(), r.values.shape, r.shape.tolist())
