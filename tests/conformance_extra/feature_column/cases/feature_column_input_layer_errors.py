# input_layer build-time errors: bad column kinds, missing features, duplicates, ranks, batch sizes.
from prelude import tf, np, rnd

fc = tf.feature_column
n = fc.numeric_column("n")
feats = {"n": tf.constant([[1.0], [2.0]])}
tries = [
    lambda: fc.input_layer(feats, [fc.categorical_column_with_identity("n", 3)]),
    lambda: fc.input_layer(feats, [fc.numeric_column("missing")]),
    lambda: fc.input_layer(feats, [n, fc.numeric_column("n")]),
    lambda: fc.input_layer(feats, []),
    lambda: fc.input_layer(feats, {"n": n}),
    lambda: fc.input_layer(feats, ["n"]),
    lambda: fc.input_layer({"n": tf.constant(1.0)}, [n]),
    lambda: fc.input_layer({"n": tf.constant([[1.0], [2.0]]), "m": tf.constant([[1.0], [2.0], [3.0]])},
                           [n, fc.numeric_column("m")]),
    lambda: fc.input_layer({"n": tf.SparseTensor([[0, 0]], [1.0], [2, 1])}, [n]),
    lambda: fc.input_layer(feats, n),
]
for i, t in enumerate(tries):
    try:
        r = t()
        print(i, "ok", r.shape)
    except Exception as e:  # noqa: BLE001
        print(i, type(e).__name__)
