# EMA after a training step (control_dependencies), num_updates, zero_debias, tensors.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable([4.0, -4.0], name="w")
loss = tf.reduce_sum(w * w)
opt = tf.train.GradientDescentOptimizer(0.25)
step = opt.minimize(loss, global_step=gs)
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=gs, name="avg")
with tf.control_dependencies([step]):
    train = ema.apply(tf.trainable_variables())
print(train.name, train.type)
t = tf.reduce_sum(w)
ema2 = tf.train.ExponentialMovingAverage(0.8, zero_debias=True)
avg_t = ema2.apply([t])
print(ema2.average(t).name, avg_t.type)
print(sorted(v.name for v in tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        sess.run(avg_t)
        print(sess.run(gs), rnd(sess.run(w), 4), rnd(sess.run(ema.average(w)), 4),
              rnd(sess.run(ema2.average(t)), 4))
try:
    tf.train.ExponentialMovingAverage(0.9).apply([tf.Variable(1, name="iv")])
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
