# ExponentialMovingAverage: names, apply, average, variables_to_restore.
from prelude import tf, np, rnd

v1 = tf.Variable(1.0, name="v1")
with tf.variable_scope("scope"):
    v2 = tf.Variable([2.0, 4.0], name="v2")
t = tf.constant(10.0) * 1.0
ema = tf.train.ExponentialMovingAverage(decay=0.5)
print(ema.name)
op = ema.apply([v1, v2, t])
print(op.type, op.name)
a1 = ema.average(v1)
print(a1.name, ema.average_name(v1), ema.average_name(v2))
print(ema.average(v2).name, ema.average(t).name)
print(a1 in tf.trainable_variables(), a1 in tf.global_variables())
print(sorted(ema.variables_to_restore().keys()))
print(sorted(v.op.name for v in tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)))
print(ema.average(tf.Variable(0.0, name="other")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([a1, ema.average(v2), ema.average(t)])))
    sess.run(op)
    print(rnd(sess.run([a1, ema.average(v2), ema.average(t)])))
    sess.run([v1.assign(5.0), v2.assign([0.0, 0.0])])
    sess.run(op)
    print(rnd(sess.run([a1, ema.average(v2), ema.average(t)])))
