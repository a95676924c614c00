# string_input_producer: names, local epoch variable, shuffle=False order, OutOfRange after num_epochs.
from prelude import tf, np, rnd

q = tf.train.string_input_producer(["a", "b", "c"], num_epochs=2, shuffle=False, capacity=5)
print(type(q).__name__, q.name, q.dtypes, q.shapes)
print([v.name for v in tf.local_variables()], [v.name for v in tf.global_variables()])
print([op.name for op in tf.get_collection(tf.GraphKeys.SUMMARIES)])
qrs = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
print(len(qrs), qrs[0].name, [op.name for op in qrs[0].enqueue_ops])
item = q.dequeue()
print(item.name, item.shape)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    got = []
    try:
        while True:
            got.append(sess.run(item))
    except tf.errors.OutOfRangeError:
        print("end")
    print(got)
    coord.request_stop()
    coord.join(threads)
try:
    tf.train.string_input_producer([])
except Exception as e:
    print("empty", type(e).__name__)
try:
    tf.train.string_input_producer(["a"], num_epochs=0)
except Exception as e:
    print("zero epochs", type(e).__name__)
q2 = tf.train.string_input_producer(tf.constant(["x", "y"]), shuffle=False, name="files")
print(q2.name)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    print([sess.run(q2.dequeue()) for _ in range(5)])
    coord.request_stop()
    coord.join(threads)
