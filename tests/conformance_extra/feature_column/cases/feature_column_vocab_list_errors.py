# categorical_column_with_vocabulary_list argument errors.
from prelude import tf, np, rnd

fc = tf.feature_column
tries = [
    lambda: fc.categorical_column_with_vocabulary_list("a", []),
    lambda: fc.categorical_column_with_vocabulary_list("a", ["x", "x"]),
    lambda: fc.categorical_column_with_vocabulary_list("a", ["x"], default_value=0, num_oov_buckets=2),
    lambda: fc.categorical_column_with_vocabulary_list("a", ["x"], num_oov_buckets=-1),
    lambda: fc.categorical_column_with_vocabulary_list("a", ["x"], dtype=tf.int64),
    lambda: fc.categorical_column_with_vocabulary_list("a", [1, 2], dtype=tf.string),
    lambda: fc.categorical_column_with_vocabulary_list("a", [1.5, 2.5]),
    lambda: fc.categorical_column_with_vocabulary_list(1, ["x"]),
    lambda: fc.categorical_column_with_vocabulary_list("a", None),
]
for i, t in enumerate(tries):
    try:
        t()
        print(i, "ok")
    except Exception as e:  # noqa: BLE001
        print(i, type(e).__name__)
