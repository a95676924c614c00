# FIFOQueue fed by a QueueRunner, Coordinator, dequeue_many into a training step.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

data = tf.constant(np.arange(8, dtype=np.float32).reshape(4, 2))
q = tf.FIFOQueue(16, [tf.float32], shapes=[[2]], name="inq")
enq = q.enqueue_many([data])
qr = tf.train.QueueRunner(q, [enq])
tf.train.add_queue_runner(qr)
batch = q.dequeue_many(2)
w = tf.Variable([1.0, 1.0], name="w")
loss = tf.reduce_sum(tf.square(batch * w - 1.0))
train = tf.train.GradientDescentOptimizer(0.001).minimize(loss)
print(q.name, q.queue_ref.dtype, batch.shape, enq.type, batch.op.type)
print(len(tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)), qr.name, qr.queue.name)
print(sorted(o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("inq")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    vals = []
    for _ in range(4):
        b, _ = sess.run([batch, train])
        vals.append(b.sum() > -1)
    print(all(vals), sess.run(q.size()) >= 0)
    coord.request_stop()
    sess.run(q.close(cancel_pending_enqueues=True))
    coord.join(threads)
    print(coord.should_stop(), len(threads))
