# sequence_* columns: attributes and parse specs; input_layer and embeddings reject them.
from prelude import tf, np, rnd

fc = tf.feature_column
cols = [fc.sequence_categorical_column_with_identity("a", 4),
        fc.sequence_categorical_column_with_hash_bucket("b", 8),
        fc.sequence_categorical_column_with_vocabulary_list("c", ["x", "y"], num_oov_buckets=1)]
for c in cols:
    print(c.name, c.num_buckets, c.parse_example_spec)
n = fc.sequence_numeric_column("d", shape=(2,))
print(n.name, n.key, n.shape, n.default_value, n.dtype.name, n.parse_example_spec)
for t in [lambda: fc.input_layer({"d": tf.constant([[1.0, 2.0]])}, [n]),
          lambda: fc.input_layer({"a": tf.constant([[1]])}, [fc.embedding_column(cols[0], 2)]),
          lambda: fc.input_layer({"a": tf.constant([[1]])}, [fc.indicator_column(cols[0])]),
          lambda: fc.sequence_numeric_column("d", dtype=tf.string),
          lambda: fc.sequence_numeric_column("d", shape=0),
          lambda: fc.sequence_categorical_column_with_identity("a", 0)]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
print(sorted(fc.make_parse_example_spec(cols)))
try:
    fc.make_parse_example_spec([n])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
