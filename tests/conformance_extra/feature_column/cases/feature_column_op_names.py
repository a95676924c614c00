# The ops input_layer builds (names and types) for numeric, bucketized and categorical columns.
import os
import tempfile

from prelude import tf, np, rnd

fc = tf.feature_column
d = tempfile.mkdtemp()
path = os.path.join(d, "v.txt")
with open(path, "w") as f:
    f.write("a\nb\n")
cols = [fc.numeric_column("n", shape=(2,)),
        fc.bucketized_column(fc.numeric_column("b"), [0.0, 1.0]),
        fc.indicator_column(fc.categorical_column_with_vocabulary_file("f", path, num_oov_buckets=2)),
        fc.indicator_column(fc.categorical_column_with_vocabulary_list("i", [3, 4])),
        fc.indicator_column(fc.categorical_column_with_vocabulary_list("s", ["x", "y"], num_oov_buckets=1)),
        fc.indicator_column(fc.categorical_column_with_identity("k", 3, default_value=0)),
        fc.indicator_column(fc.categorical_column_with_hash_bucket("h", 4)),
        fc.indicator_column(fc.crossed_column(["s", "h"], 5)),
        fc.indicator_column(fc.weighted_categorical_column(fc.categorical_column_with_identity("w", 3), "ww"))]
feats = {"n": tf.constant([[1.0, 2.0]]), "b": tf.constant([0.5]), "f": tf.constant([["a"]]),
         "i": tf.constant([[3]]), "s": tf.constant([["x"]]), "k": tf.constant([[5]]),
         "h": tf.constant([["q"]]), "w": tf.constant([[1]]), "ww": tf.constant([[2.0]])}
out = fc.input_layer(feats, cols)
print(out.name, out.shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(rnd(s.run(out), 5))
