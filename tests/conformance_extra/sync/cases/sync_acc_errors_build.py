# Graph-build errors: incompatible static shape, bad dtype, bad reduction_type.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32, shape=[2])
for make in (lambda: acc.apply_grad([1.0, 2.0, 3.0]),
             lambda: acc.apply_grad(tf.zeros([2, 2])),
             lambda: acc.apply_grad(tf.constant([1, 2])),
             lambda: tf.ConditionalAccumulator(tf.string),
             lambda: tf.ConditionalAccumulator(tf.float32, reduction_type="MAX"),
             lambda: tf.ConditionalAccumulator(tf.float32, shape=[2]).apply_grad(["a", "b"])):
    try:
        make()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
ok = acc.apply_grad([1, 2])
print(ok.inputs[2].dtype.name, ok.inputs[1].dtype.name, ok.inputs[1].op.type)
ai = tf.ConditionalAccumulator(tf.int32, shape=[2])
print(ai.take_grad(1).dtype.name)
