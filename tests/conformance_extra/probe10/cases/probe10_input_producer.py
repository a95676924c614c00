# string_input_producer / slice_input_producer / batch with deterministic order (shuffle=False).
from prelude import tf, np, rnd
tf.disable_v2_behavior()

names = tf.train.string_input_producer(["a", "b", "c"], shuffle=False, num_epochs=2)
x_all = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y_all = tf.constant([0, 1, 2])
xs, ys = tf.train.slice_input_producer([x_all, y_all], shuffle=False)
bx, by = tf.train.batch([xs, ys], batch_size=2, num_threads=1)
rng = tf.train.range_input_producer(5, shuffle=False).dequeue()
nm = names.dequeue()
print(names.name, names.dtypes, nm.dtype, xs.shape, bx.shape, by.dtype, bx.op.type)
print(sorted(v.name for v in tf.local_variables()))
print(sorted(qr.name for qr in tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)))
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    print([sess.run(nm) for _ in range(6)])
    try:
        sess.run(nm)
    except tf.errors.OutOfRangeError as e:
        print("OutOfRange", type(e).__name__)
    for _ in range(2):
        a, b = sess.run([bx, by])
        print(rnd(a), b.tolist())
    print([sess.run(rng) for _ in range(7)])
    coord.request_stop()
    coord.join(threads)
