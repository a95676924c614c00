# ExponentialMovingAverage on default variables: shadow names, types, average(), apply op, values.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
with tf.variable_scope("scope"):
    b = tf.get_variable("b", initializer=tf.constant(3.0))
ema = tf.train.ExponentialMovingAverage(0.5)
apply_op = ema.apply([w, b])
print(apply_op.name, apply_op.type, ema.name)
sw = ema.average(w)
print(sw.name, sw.op.type, type(sw).__name__, sw.trainable, sw.dtype, sw.shape)
print(ema.average(b).name, ema.average_name(w), ema.average_name(b))
print(sorted(v.name for v in tf.global_variables()))
print(sorted(v.name for v in tf.moving_average_variables()))
print(sorted(ema.variables_to_restore().keys()))
ops = [(op.name, op.type) for op in tf.get_default_graph().get_operations()
       if op.name.startswith("ExponentialMovingAverage")]
print(ops)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([sw, ema.average(b)]), 4))
    for i in range(3):
        sess.run(w.assign_add([2.0, 2.0]))
        sess.run(apply_op)
        print(i, rnd(sess.run(sw), 4), rnd(sess.run(ema.average(b)), 4))
print(ema.average(tf.Variable(0.0, name="other")))
