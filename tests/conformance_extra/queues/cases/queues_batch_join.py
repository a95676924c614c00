# batch_join: one enqueue op per tensor list, merged sorted values, names, type mismatch error.
from prelude import tf, np, rnd

lists = []
for k in range(2):
    i = tf.train.range_input_producer(3, num_epochs=1, shuffle=False).dequeue()
    lists.append([i + 10 * k, tf.cast(i, tf.float32)])
bi, bf = tf.train.batch_join(lists, batch_size=2, allow_smaller_final_batch=True)
print(bi.name, bi.shape, bf.shape)
qr = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)[-1]
print(qr.name, len(qr.enqueue_ops))
got = []
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    try:
        while True:
            a, b = sess.run([bi, bf])
            got.extend(a.tolist())
    except tf.errors.OutOfRangeError:
        print("end")
    coord.request_stop()
    coord.join(threads)
print(sorted(got))
try:
    tf.train.batch_join([[tf.constant(1)], [tf.constant(1.0)]], 2)
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.batch_join([], 2)
except Exception as e:
    print(type(e).__name__)
sb = tf.train.shuffle_batch_join([[tf.constant([1, 2])], [tf.constant([3, 4])]], batch_size=5,
                                 capacity=10, min_after_dequeue=2)
print(sb.name, sb.shape)
