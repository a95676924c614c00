# input_producer: element_shape, summary_name, unknown-shape error, uninitialised epochs variable.
from prelude import tf, np, rnd

data = tf.constant([[1, 2], [3, 4], [5, 6]])
q = tf.train.input_producer(data, shuffle=False, num_epochs=1, summary_name="frac")
print(q.name, q.shapes, q.dtypes)
print([s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)])
ph = tf.placeholder(tf.float32, [None, None])
try:
    tf.train.input_producer(ph)
except Exception as e:
    print("unknown", type(e).__name__)
q2 = tf.train.input_producer(ph, element_shape=[2], shuffle=False)
print(q2.name, q2.shapes)
with tf.Session() as sess:
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord, start=False)
    print(len(threads), any(t.is_alive() for t in threads))
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    qr = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)[0]
    coord = tf.train.Coordinator()
    threads = qr.create_threads(sess, coord=coord, start=True)
    print(len(threads))
    vals = []
    try:
        while True:
            vals.append(sess.run(q.dequeue()).tolist())
    except tf.errors.OutOfRangeError:
        pass
    print(vals)
    coord.request_stop()
    coord.join(threads)
