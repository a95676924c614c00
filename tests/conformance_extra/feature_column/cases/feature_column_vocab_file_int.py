# Integer vocabulary files, and a vocabulary_size larger than the file (error at table init).
import os
import tempfile

from prelude import tf, np, rnd

fc = tf.feature_column
d = tempfile.mkdtemp()
path = os.path.join(d, "ids.txt")
with open(path, "w") as f:
    f.write("100\n200\n300\n")
c = fc.categorical_column_with_vocabulary_file("id", path, dtype=tf.int64, num_oov_buckets=1)
print(c.dtype.name, c.num_buckets)
out = fc.input_layer({"id": tf.constant([[300], [100], [7]])}, [fc.indicator_column(c)])
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(rnd(s.run(out), 5))
with tf.Graph().as_default():
    big = fc.categorical_column_with_vocabulary_file("id", path, vocabulary_size=5, dtype=tf.int64)
    out = fc.input_layer({"id": tf.constant([[300]])}, [fc.indicator_column(big)])
    with tf.Session() as s:
        try:
            s.run(tf.tables_initializer())
            print(s.run(out))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
