# TF1 input pipeline: slice_input_producer + train.batch + QueueRunner + Coordinator.
from prelude import tf, np, rnd

images = np.arange(24, dtype=np.float32).reshape(6, 2, 2)
labels = np.arange(6, dtype=np.int32) * 10
img, lbl = tf.train.slice_input_producer([tf.constant(images), tf.constant(labels)],
                                         num_epochs=None, shuffle=False)
print(img.shape.as_list(), lbl.shape.as_list(), img.dtype.name, lbl.dtype.name)
img2 = img * 2.0
img_batch, lbl_batch = tf.train.batch([img2, lbl], batch_size=4, num_threads=1, capacity=8)
print(img_batch.shape.as_list(), lbl_batch.shape.as_list(), img_batch.dtype.name)
print(img_batch.op.type, img_batch.op.name, lbl_batch.name)
qrs = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
print(len(qrs), sorted(type(q).__name__ for q in qrs))
print(sorted(q.name for q in qrs))
print(sorted(s.op.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    print(len(threads) > 0, coord.should_stop())
    for _ in range(3):
        ib, lb = sess.run([img_batch, lbl_batch])
        print(lb.tolist(), rnd(ib[:, 0, 0]))
    coord.request_stop()
    print(coord.should_stop())
    coord.join(threads)
print("done")
