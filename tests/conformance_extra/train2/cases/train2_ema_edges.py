# ExponentialMovingAverage: zero_debias values, num_updates tensor, average_name, apply on tensors.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
b = tf.Variable(0.0, name="b")
x = tf.placeholder(tf.float32, [], name="x")
t = tf.identity(x * 2.0, name="t")
step = tf.Variable(0, trainable=False, name="step")
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=step, name="avg")
print(ema.name)
up = ema.apply([w, b])
up_t = ema.apply([t])
print(ema.average_name(w), ema.average_name(b), ema.average_name(t))
print(ema.average(w).name, ema.average(t).name, ema.average(step))
print(sorted(v.name for v in tf.global_variables()))
print(sorted(v.name for v in tf.moving_average_variables()))
print(sorted(ema.variables_to_restore().keys()))
print(sorted(ema.variables_to_restore([w]).keys()))

ema2 = tf.train.ExponentialMovingAverage(0.5, zero_debias=True)
up2 = ema2.apply([b])
print(ema2.average_name(b), ema2.average(b).name)
try:
    ema.apply([tf.constant(1)])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    ema.apply([w])
    print("no error")
except Exception as e:
    print(type(e).__name__)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        sess.run(tf.assign_add(w, [1.0, -1.0]))
        sess.run(tf.assign_add(b, 2.0))
        sess.run(tf.assign_add(step, 1))
        sess.run([up, up_t], {x: float(i)})
        sess.run(up2)
        print(i, rnd(sess.run([ema.average(w), ema.average(b), ema.average(t), ema2.average(b)])))
