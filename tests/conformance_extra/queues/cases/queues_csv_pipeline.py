# Full TF1 file pipeline: string_input_producer -> TextLineReader(skip header) -> decode_csv -> batch.
import os, tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
names = []
for j in range(2):
    p = os.path.join(d, "part%d.csv" % j)
    with open(p, "w") as f:
        f.write("a,b,label\n")
        for i in range(3):
            f.write("%d,%g,%d\n" % (10 * j + i, 0.5 * i, i % 2))
    names.append(p)
fq = tf.train.string_input_producer(names, num_epochs=1, shuffle=False)
reader = tf.TextLineReader(skip_header_lines=1)
key, line = reader.read(fq)
a, b, label = tf.decode_csv(line, record_defaults=[[0], [0.0], [0]])
feats = tf.stack([tf.cast(a, tf.float32), b])
bf, bl = tf.train.batch([feats, label], batch_size=4, allow_smaller_final_batch=True)
print(bf.shape, bl.shape, a.shape, line.shape)
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    try:
        while not coord.should_stop():
            x, y = sess.run([bf, bl])
            print(rnd(x), y.tolist())
    except tf.errors.OutOfRangeError:
        print("epoch done")
    finally:
        coord.request_stop()
    coord.join(threads)
    print(sess.run(reader.num_records_produced()))
