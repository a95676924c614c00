# bucketized_column argument errors.
from prelude import tf, np, rnd

fc = tf.feature_column
tries = [
    lambda: fc.bucketized_column(fc.numeric_column("a"), [2.0, 1.0]),
    lambda: fc.bucketized_column(fc.numeric_column("a"), [1.0, 1.0]),
    lambda: fc.bucketized_column(fc.numeric_column("a"), []),
    lambda: fc.bucketized_column(fc.numeric_column("a"), np.array([1.0, 2.0])),
    lambda: fc.bucketized_column(fc.numeric_column("a", shape=(2, 2)), [1.0]),
    lambda: fc.bucketized_column(fc.categorical_column_with_identity("a", 3), [1.0]),
    lambda: fc.bucketized_column("a", [1.0]),
]
for i, t in enumerate(tries):
    try:
        t()
        print(i, "ok")
    except Exception as e:  # noqa: BLE001
        print(i, type(e).__name__)
