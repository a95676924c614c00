# reduction_type="SUM" returns the sum; MEAN divides by every gradient accumulated.
from prelude import tf, np, rnd

s = tf.ConditionalAccumulator(tf.float32, shape=[2, 2], reduction_type="SUM")
m = tf.ConditionalAccumulator(tf.float32, shape=[2, 2])
print(s.accumulator_ref.op.get_attr("reduction_type"), m.accumulator_ref.op.get_attr("reduction_type"))
x = tf.placeholder(tf.float32, [2, 2])
ops = [s.apply_grad(x), m.apply_grad(x)]
with tf.Session() as sess:
    for v in ([[1, 2], [3, 4]], [[1, 0], [0, 1]], [[0.5, 0.5], [0.5, 0.5]]):
        sess.run(ops, {x: v})
    print(rnd(sess.run(s.take_grad(2))))
    print(rnd(sess.run(m.take_grad(1))))
