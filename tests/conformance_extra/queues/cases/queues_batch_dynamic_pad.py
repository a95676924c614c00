# tf.train.batch(dynamic_pad=True): variable-length rows padded per batch; PaddingFIFOQueue used.
from prelude import tf, np, rnd

n = tf.train.range_input_producer(5, num_epochs=1, shuffle=False).dequeue()
seq = tf.range(n)
word = tf.fill([n], "w")
bs, bw, bn = tf.train.batch([seq, word, n], batch_size=2, dynamic_pad=True,
                            allow_smaller_final_batch=True)
print(bs.shape, bw.shape, bn.shape, bs.dtype.name, bw.dtype.name)
print(sorted(op.type for op in tf.get_default_graph().get_operations() if "Queue" in op.type))
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    try:
        while True:
            a, b, c = sess.run([bs, bw, bn])
            print(a.tolist(), b.tolist(), c.tolist())
    except tf.errors.OutOfRangeError:
        print("end")
    coord.request_stop()
    coord.join(threads)
try:
    tf.train.batch([tf.placeholder(tf.int32, [None])], 2, dynamic_pad=False)
except Exception as e:
    print("no pad", type(e).__name__)
try:
    tf.train.batch([tf.placeholder(tf.int32)], 2, dynamic_pad=True)
except Exception as e:
    print("pad unknown rank", type(e).__name__)
