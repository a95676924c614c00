# ExponentialMovingAverage on default variables (assign_moving_average inside): names, zero_debias, values over updates.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
w = tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
ema = tf.train.ExponentialMovingAverage(0.9)
op = ema.apply([v, w])
print(op.name, op.type)
avg_v, avg_w = ema.average(v), ema.average(w)
print(avg_v.name, avg_w.name, ema.average_name(v))
print([x.name for x in tf.global_variables()])
print([x.name for x in tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)])
t = tf.placeholder(tf.float32, [2])
ema2 = tf.train.ExponentialMovingAverage(0.5, zero_debias=True, name="dbg")
op2 = ema2.apply([t])
print(ema2.average(t).name, [x.name for x in tf.global_variables()][4:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([avg_v, avg_w])))
    for val in [3.0, 5.0]:
        sess.run([v.assign(val), w.assign([val, -val])])
        sess.run(op)
        print(rnd(sess.run([avg_v, avg_w]), 5))
    for tv in [[2.0, 4.0], [4.0, 0.0]]:
        sess.run(op2, {t: tv})
        print(rnd(sess.run(ema2.average(t)), 5))
