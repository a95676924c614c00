# range_input_producer and slice_input_producer with shuffle=False and num_epochs.
from prelude import tf, np, rnd

rq = tf.train.range_input_producer(4, num_epochs=1, shuffle=False)
print(rq.name, rq.dtypes, rq.shapes)
r = rq.dequeue()
imgs = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
labels = tf.constant([10, 20, 30])
img, lab = tf.train.slice_input_producer([imgs, labels], num_epochs=2, shuffle=False)
print(img.name, img.shape, lab.name, lab.shape, img.dtype.name, lab.dtype.name)
print(sorted(v.name for v in tf.local_variables()))
print(len(tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)))
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    got = []
    try:
        while True:
            got.append(int(sess.run(r)))
    except tf.errors.OutOfRangeError:
        pass
    print(got)
    pairs = []
    try:
        while True:
            a, b = sess.run([img, lab])
            pairs.append((rnd(a), int(b)))
    except tf.errors.OutOfRangeError:
        pass
    print(len(pairs), pairs[:4])
    coord.request_stop()
    coord.join(threads)
try:
    tf.train.slice_input_producer([])
except Exception as e:
    print(type(e).__name__)
