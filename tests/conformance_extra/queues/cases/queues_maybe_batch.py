# maybe_batch: scalar and vector keep_input filter elements; keep_input rank errors.
from prelude import tf, np, rnd

i = tf.train.range_input_producer(8, num_epochs=1, shuffle=False).dequeue()
kept = tf.train.maybe_batch([i], keep_input=tf.equal(i % 2, 0), batch_size=2,
                            allow_smaller_final_batch=True)
print(kept.shape)
rows = tf.constant(np.arange(6, dtype=np.int64))
vec = tf.train.maybe_batch([rows], keep_input=tf.constant([True, False, True, True, False, True]),
                           batch_size=4, enqueue_many=True)
print(vec.shape, vec.dtype.name)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    got = []
    try:
        while True:
            got.append(sess.run(kept).tolist())
    except tf.errors.OutOfRangeError:
        print("end")
    print(got)
    print(sess.run(vec).tolist())
    coord.request_stop()
    coord.join(threads, stop_grace_period_secs=5)
for label, k, many in [("vector no many", tf.constant([True]), False),
                       ("matrix", tf.constant([[True]]), True),
                       ("unknown rank", tf.placeholder(tf.bool), False)]:
    try:
        tf.train.maybe_batch([tf.constant([1])], keep_input=k, batch_size=1, enqueue_many=many)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__)
