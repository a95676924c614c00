# ExponentialMovingAverage with num_updates and zero_debias, custom name.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")
step = tf.Variable(0, trainable=False, name="step")
ema = tf.train.ExponentialMovingAverage(0.99, num_updates=step, name="avg")
op = ema.apply([v])
print(ema.average(v).name, ema.average_name(v))
print(sorted(ema.variables_to_restore().keys()))
vr = ema.variables_to_restore([v])
print(sorted(vr.keys()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for k in range(3):
        sess.run([v.assign(float(k + 1) * 10.0), step.assign(k)])
        sess.run(op)
        print(rnd(sess.run(ema.average(v))))
