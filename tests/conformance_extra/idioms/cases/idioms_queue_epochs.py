# string_input_producer-free epochs: slice_input_producer(num_epochs=2) ends with OutOfRangeError.
from prelude import tf, np, rnd

xs = tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])
ys = tf.constant([0, 1, 0, 1, 0])
x, y = tf.train.slice_input_producer([xs, ys], num_epochs=2, shuffle=False)
xb, yb = tf.train.batch([x, y], batch_size=3, num_threads=1, allow_smaller_final_batch=True)
print(xb.shape.as_list(), yb.shape.as_list())
print(sorted(v.op.name for v in tf.local_variables()))
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    got = []
    try:
        while not coord.should_stop():
            a, b = sess.run([xb, yb])
            got.append((rnd(a), b.tolist()))
    except tf.errors.OutOfRangeError:
        print("Done training -- epoch limit reached")
    finally:
        coord.request_stop()
    coord.join(threads)
    for g in got:
        print(g)
