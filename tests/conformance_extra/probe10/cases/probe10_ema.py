# ExponentialMovingAverage with num_updates, control deps on train op, shadow vars and restore names.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

w = tf.Variable([1.0, 2.0], name="w")
b = tf.Variable(0.5, name="b")
loss = tf.reduce_sum(tf.square(w)) + b * b
gs = tf.train.create_global_step()
opt = tf.train.GradientDescentOptimizer(0.1)
train = opt.minimize(loss, global_step=gs)
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=gs)
with tf.control_dependencies([train]):
    train_ema = ema.apply([w, b])
print(train_ema.name, train_ema.type, ema.name)
print(ema.average(w).name, ema.average_name(b), type(ema.average(w)).__name__)
print(sorted(v.name for v in tf.global_variables()))
print(sorted(v.name for v in tf.moving_average_variables()))
print(sorted(ema.variables_to_restore().keys()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(4):
        sess.run(train_ema)
        print(i, rnd(sess.run([w, ema.average(w), b, ema.average(b)]), 5))
