# Two replicas aggregated (one session, two threads): the mean gradient is applied once per step.
import threading

from prelude import tf, np, rnd

w = tf.Variable([0.0, 0.0], name="w")
gs = tf.train.get_or_create_global_step()
data = [tf.constant([1.0, 2.0]), tf.constant([3.0, -2.0])]
trains, opts = [], []
for r in range(2):
    opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(1.0), 2, 2)
    trains.append(opt.minimize(tf.reduce_sum(w * data[r]), global_step=gs))
    opts.append(opt)
sync_op = opts[0].get_chief_queue_runner().enqueue_ops[0]
print([v.name for v in tf.local_variables()])
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    sess.run([opts[0].chief_init_op, opts[1].local_step_init_op])
    for step in range(2):
        threads = [threading.Thread(target=sess.run, args=(t,)) for t in trains]
        for t in threads:
            t.start()
        sess.run(sync_op)
        for t in threads:
            t.join()
        print(step, sess.run(gs), rnd(sess.run(w)), sess.run([o._local_step for o in opts]))
