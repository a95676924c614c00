# aggregation_method values, gate_gradients and colocate_gradients_with_ops give the same values; bad method errors.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
y = tf.reduce_sum(x * x) + tf.reduce_sum(tf.sin(x)) + tf.reduce_sum(tf.gather(x, [0, 0, 1]))
res = []
for m in [None, tf.AggregationMethod.ADD_N, tf.AggregationMethod.DEFAULT,
          tf.AggregationMethod.EXPERIMENTAL_TREE, tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N]:
    res.append(tf.gradients(y, x, aggregation_method=m)[0])
print(tf.AggregationMethod.ADD_N, tf.AggregationMethod.DEFAULT, tf.AggregationMethod.EXPERIMENTAL_TREE)
for bad in [7, "bogus"]:
    try:
        tf.gradients(y, x, aggregation_method=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
gg = tf.gradients(y, x, gate_gradients=True)[0]
gc = tf.gradients(y, x, colocate_gradients_with_ops=True)[0]
print(gc.op.colocation_groups() == [gc.op.colocation_groups()[0]])
with tf.Session() as sess:
    for r in res + [gg, gc]:
        print(rnd(sess.run(r), 4))
