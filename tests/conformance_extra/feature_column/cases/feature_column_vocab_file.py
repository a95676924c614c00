# categorical_column_with_vocabulary_file: size inferred from the file, OOV buckets, default_value.
import os
import tempfile

from prelude import tf, np, rnd

fc = tf.feature_column
d = tempfile.mkdtemp()
path = os.path.join(d, "vocab.txt")
with open(path, "w") as f:
    f.write("apple\nbanana\ncherry\ndate\n")
c = fc.categorical_column_with_vocabulary_file("fruit", path)
print(c.name, c.vocabulary_size, c.num_oov_buckets, c.default_value, c.dtype.name, c.num_buckets)
print(c.parse_example_spec)
c2 = fc.categorical_column_with_vocabulary_file("fruit", path, vocabulary_size=2, num_oov_buckets=2)
c3 = fc.categorical_column_with_vocabulary_file("fruit", path, default_value=0)
print(c2.num_buckets, c3.default_value)
feats = {"fruit": tf.constant([["banana", "date"], ["kiwi", ""], ["apple", "cherry"]])}
outs = [fc.input_layer(feats, [fc.indicator_column(x)]) for x in (c, c2, c3)]
with tf.Session() as s:
    s.run(tf.tables_initializer())
    for o in outs:
        print(rnd(s.run(o), 5))
for kw in [dict(vocabulary_file=""), dict(vocabulary_file=os.path.join(d, "missing.txt")),
           dict(vocabulary_file=path, num_oov_buckets=1, default_value=2),
           dict(vocabulary_file=path, vocabulary_size=0), dict(vocabulary_file=path, dtype=tf.float32)]:
    try:
        fc.categorical_column_with_vocabulary_file("fruit", **kw)
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
