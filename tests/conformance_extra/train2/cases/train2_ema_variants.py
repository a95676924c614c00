# ExponentialMovingAverage: decay tensor, var_list None, non-trainable vars, zero_debias variables, restore map.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
c = tf.Variable([2.0, 2.0], name="c", trainable=False)
d = tf.Variable(np.array(4.0), name="d")
decay = tf.placeholder_with_default(tf.constant(0.5), [], name="decay")
ema = tf.train.ExponentialMovingAverage(decay, zero_debias=True)
up = ema.apply()
print(sorted(v.name for v in tf.global_variables()))
print(ema.average(a).name, ema.average(c), ema.average(d).dtype.name)
up2 = ema.apply([c])
print(sorted(ema.variables_to_restore().keys()))
print(sorted(ema.variables_to_restore(moving_avg_variables=[a]).keys()))
print(sorted((k, v.name) for k, v in ema.variables_to_restore().items())[:3])
print(sorted(v.name for v in tf.moving_average_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for val in [3.0, 5.0]:
        sess.run([tf.assign(a, val), tf.assign(c, [val, -val]), tf.assign(d, val)])
        sess.run([up, up2])
        print(rnd(sess.run([ema.average(a), ema.average(c), ema.average(d)])))
    sess.run(up, {decay: 0.0})
    print(rnd(sess.run(ema.average(a))))
