# Accumulators with one shared_name are one accumulator in a session; sessions are independent.
from prelude import tf, np, rnd

a = tf.ConditionalAccumulator(tf.float32, shape=[2], shared_name="grads", name="a")
b = tf.ConditionalAccumulator(tf.float32, shape=[2], shared_name="grads", name="b")
c = tf.ConditionalAccumulator(tf.float32, shape=[2], name="c")
print(a.accumulator_ref.op.get_attr("shared_name"), c.accumulator_ref.op.get_attr("shared_name"))
ops = [a.apply_grad([1.0, 3.0]), b.apply_grad([3.0, 5.0]), c.apply_grad([7.0, 7.0])]
with tf.Session() as s1, tf.Session() as s2:
    s1.run(ops)
    print(s1.run([a.num_accumulated(), b.num_accumulated(), c.num_accumulated()]))
    print(s2.run(a.num_accumulated()))
    print(rnd(s1.run(b.take_grad(2))))
    print(s1.run(a.num_accumulated()))
