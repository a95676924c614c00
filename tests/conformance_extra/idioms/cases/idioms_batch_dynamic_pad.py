# Variable-length sequences through a queue: tf.train.batch(dynamic_pad=True) and padded tf.data batches.
from prelude import tf, np, rnd

seqs = [[1, 2, 3], [4], [5, 6], [7, 8, 9, 10]]
q = tf.FIFOQueue(10, [tf.int32], shapes=None)
enq = q.enqueue(tf.placeholder(tf.int32, [None], name="seq"))
ph = enq.inputs[1]
item = q.dequeue()
item.set_shape([None])
length = tf.shape(item)[0]
batch, lens = tf.train.batch([item, length], batch_size=2, dynamic_pad=True, num_threads=1)
print(batch.shape.as_list(), lens.shape.as_list(), batch.op.type)
ds = tf.data.Dataset.from_generator(lambda: iter(seqs), tf.int32, tf.TensorShape([None]))
ds = ds.map(lambda t: (t, tf.size(t))).padded_batch(3, padded_shapes=([None], []), padding_values=(-1, 0))
pb, pl = ds.make_one_shot_iterator().get_next()
print(pb.shape.as_list(), pl.shape.as_list())
mask = tf.sequence_mask(lens, dtype=tf.float32)
with tf.Session() as sess:
    for sq in seqs:
        sess.run(enq, {ph: sq})
    sess.run(q.close())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    for _ in range(2):
        b, l, m = sess.run([batch, lens, mask])
        print(b.tolist(), l.tolist(), rnd(m))
    try:
        sess.run(batch)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
    coord.request_stop()
    coord.join(threads)
    print(sess.run([pb, pl])[0].tolist())
    print(sess.run(pl).tolist())
