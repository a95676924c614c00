# shuffle_batch: shapes, names, summary name, RandomShuffleQueue, sorted values of one epoch.
from prelude import tf, np, rnd

i = tf.train.range_input_producer(10, num_epochs=1, shuffle=False).dequeue()
x, y = tf.train.shuffle_batch([i, tf.stack([i, -i])], batch_size=4, capacity=8,
                              min_after_dequeue=2, seed=3, allow_smaller_final_batch=True)
print(x.name, x.shape, y.shape)
print([s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)])
print(sorted(op.type for op in tf.get_default_graph().get_operations() if "Queue" in op.type))
seen = []
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    sizes = []
    try:
        while True:
            a, b = sess.run([x, y])
            sizes.append(len(a))
            seen.extend(a.tolist())
            assert (b[:, 0] == a).all() and (b[:, 1] == -a).all()
    except tf.errors.OutOfRangeError:
        print("end")
    coord.request_stop()
    coord.join(threads)
print(sorted(seen), sum(sizes))
try:
    tf.train.shuffle_batch([tf.constant(1)], 2, capacity=5, min_after_dequeue=5)
except Exception as e:
    print(type(e).__name__)
z = tf.train.shuffle_batch([tf.constant([1.0, 2.0])], 3, capacity=6, min_after_dequeue=1,
                           enqueue_many=True, name="sb")
print(z.name, z.shape)
m = tf.train.maybe_shuffle_batch([tf.constant(1)], 3, 6, 1, keep_input=True)
print(m.shape)
