# One replica, stepped by hand: the replica's train op in a thread, the chief's sync op here.
import threading

from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
emb = tf.Variable([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]], name="emb")
gs = tf.train.get_or_create_global_step()
loss = tf.reduce_sum(w * w * tf.constant([1.0, -1.0])) + \
    tf.reduce_sum(tf.gather(emb, [2, 0]) * 3.0)
opt = tf.train.SyncReplicasOptimizer(tf.train.GradientDescentOptimizer(0.1), 1, 1)
train = opt.minimize(loss, global_step=gs)
sync_op = opt.get_chief_queue_runner().enqueue_ops[0]
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    sess.run(opt.chief_init_op)
    for step in range(3):
        out = {}
        t = threading.Thread(target=lambda: out.setdefault("token", sess.run(train)))
        t.start()
        sess.run(sync_op)
        t.join()
        print(step, out["token"], sess.run(gs), rnd(sess.run(w)), rnd(sess.run(emb)))
