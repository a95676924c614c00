# Old-style input pipeline: slice_input_producer + tf.train.batch with QueueRunners, Coordinator, start_queue_runners, OutOfRange.
from prelude import tf, np, rnd

feats = np.arange(20, dtype=np.float32).reshape(10, 2)
labs = np.arange(10, dtype=np.int32)
f, l = tf.train.slice_input_producer([tf.constant(feats), tf.constant(labs)], num_epochs=2, shuffle=False)
print(f.shape, l.shape, f.name)
fb, lb = tf.train.batch([f, l], batch_size=4, allow_smaller_final_batch=True)
print(fb.shape, lb.shape, fb.name)
print(sorted(qr.name for qr in tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)))
w = tf.Variable(tf.zeros([2]))
loss = tf.reduce_mean(tf.square(tf.reduce_sum(fb * w, 1) - tf.cast(lb, tf.float32)))
train = tf.train.GradientDescentOptimizer(0.001).minimize(loss)
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    seen = []
    try:
        while not coord.should_stop():
            _, b = sess.run([train, lb])
            seen.append(b.tolist())
    except tf.errors.OutOfRangeError:
        print("epochs done")
    finally:
        coord.request_stop()
    coord.join(threads)
    print(seen)
    print(rnd(sess.run(w), 4))
