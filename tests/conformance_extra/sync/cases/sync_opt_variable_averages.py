# variable_averages: the chief's sync op also updates the moving averages, after the step.
import threading

from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
gs = tf.train.get_or_create_global_step()
ema = tf.train.ExponentialMovingAverage(0.5)
opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.25), 1, 1,
                                     variable_averages=ema, variables_to_average=[w])
train = opt.minimize(tf.reduce_sum(w * w), global_step=gs)
sync_op = opt.get_chief_queue_runner().enqueue_ops[0]
print(sync_op.name, sync_op.type, [v.name for v in tf.global_variables()])
avg = ema.average(w)
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    sess.run(opt.chief_init_op)
    for step in range(3):
        t = threading.Thread(target=sess.run, args=(train,))
        t.start()
        sess.run(sync_op)
        t.join()
        g, wv, av = sess.run([gs, w, avg])
        print(g, rnd(wv), rnd(av))
