# tf.train.batch: names, shapes, order with one thread, allow_smaller_final_batch, enqueue_many.
from prelude import tf, np, rnd

idx = tf.train.range_input_producer(7, num_epochs=1, shuffle=False).dequeue()
feat = tf.stack([idx, idx * 2])
b_idx, b_feat = tf.train.batch([idx, feat], batch_size=3, allow_smaller_final_batch=True)
print(b_idx.name, b_idx.shape, b_feat.name, b_feat.shape, b_feat.dtype.name)
print([q.name for q in tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)])
print([s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    try:
        while True:
            a, b = sess.run([b_idx, b_feat])
            print(a.tolist(), b.tolist())
    except tf.errors.OutOfRangeError:
        print("end")
    coord.request_stop()
    coord.join(threads)
rows = tf.constant(np.arange(8).reshape(4, 2))
many = tf.train.batch([rows], batch_size=2, enqueue_many=True, name="mb")
print(type(many).__name__, many.name, many.shape)
d = tf.train.batch({"y": tf.constant(1.0), "x": tf.constant([1, 2])}, batch_size=4)
print(sorted(d.keys()), d["x"].shape, d["y"].shape, d["x"].name, d["y"].name)
lone = tf.train.batch([tf.constant(3)], batch_size=2)
print(type(lone).__name__, lone.shape)
with tf.Session() as sess:
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord, collection="none")
    print(len(threads))
for label, f in [("empty", lambda: tf.train.batch([], 2)),
                 ("unknown rank", lambda: tf.train.batch([tf.placeholder(tf.float32)], 2)),
                 ("unknown dim", lambda: tf.train.batch([tf.placeholder(tf.float32, [None])], 2)),
                 ("scalar many", lambda: tf.train.batch([tf.constant(1)], 2, enqueue_many=True))]:
    try:
        r = f()
        print(label, "ok", r.shape if hasattr(r, "shape") else r)
    except Exception as e:
        print(label, type(e).__name__)
sh = tf.train.batch([tf.placeholder(tf.float32, [None])], 2, shapes=[[3]])
print(sh.shape)
