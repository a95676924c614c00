# Old-style file pipeline: string_input_producer + TextLineReader + decode_csv + batch.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.csv")
with open(path, "w") as f:
    f.write("x1,x2,label\n")
    for i in range(5):
        f.write("%d.5,%d,%d\n" % (i, i * 2, i % 2))
filename_queue = tf.train.string_input_producer([path], num_epochs=1, shuffle=False)
reader = tf.TextLineReader(skip_header_lines=1)
key, value = reader.read(filename_queue)
print(key.dtype.name, value.dtype.name, key.shape.as_list(), reader.reader_ref.dtype.name)
x1, x2, label = tf.decode_csv(value, record_defaults=[[0.0], [0], [0]])
print(x1.dtype.name, x2.dtype.name, label.dtype.name, x1.shape.as_list())
features = tf.stack([x1, tf.cast(x2, tf.float32)])
fb, lb = tf.train.batch([features, label], batch_size=2, num_threads=1, allow_smaller_final_batch=True)
print(fb.shape.as_list(), lb.shape.as_list())
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess, coord)
    try:
        while not coord.should_stop():
            f, l = sess.run([fb, lb])
            print(rnd(f), l.tolist())
    except tf.errors.OutOfRangeError:
        print("epoch done")
    finally:
        coord.request_stop()
    coord.join(threads)
with tf.Graph().as_default():
    k, v = tf.TextLineReader().read(tf.train.string_input_producer([path], shuffle=False))
    with tf.Session() as sess:
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        for _ in range(2):
            kk, vv = sess.run([k, v])
            print(os.path.basename(kk.decode()), vv.decode())
        coord.request_stop()
        coord.join(threads)
