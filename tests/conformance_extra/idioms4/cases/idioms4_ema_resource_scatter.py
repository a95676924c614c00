# ExponentialMovingAverage over resource variables with num_updates, scatter_update/scatter_add on variables, assign chains.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0, 3.0], name="w")
step = tf.Variable(0, trainable=False, name="step")
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=step)
upd = ema.apply([w])
avg = ema.average(w)
print(avg.name, ema.average_name(w), sorted(ema.variables_to_restore().keys()))
sc = tf.scatter_update(w, [0, 2], [10.0, 30.0])
sa = tf.scatter_add(w, [1, 1], [1.0, 2.0])
aa = tf.assign_add(step, 1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(upd)
    print(rnd(sess.run(avg), 4))
    print(sess.run(sc).tolist())
    sess.run(aa)
    sess.run(upd)
    print(rnd(sess.run(avg), 4))
    print(sess.run(sa).tolist())
    for _ in range(3):
        sess.run(aa)
        sess.run(upd)
    print(rnd(sess.run(avg), 4), sess.run(step))
