# weighted_categorical_column: name, spec, indicator sums weights, dense weights drop zeros.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 4)
w = fc.weighted_categorical_column(c, "score")
print(w.name, w.weight_feature_key, w.dtype.name, w.num_buckets)
print(sorted(w.parse_example_spec.items()))
feats = {"id": tf.constant([[0, 2], [1, 1], [3, -1]]), "score": tf.constant([[0.5, 2.0], [1.0, 3.0], [4.0, 0.0]])}
ind = fc.indicator_column(w)
print(ind.name)
out = fc.input_layer(feats, [ind])
with tf.Session() as s:
    print(rnd(s.run(out), 5))
for t in [lambda: fc.weighted_categorical_column(c, "score", dtype=tf.string),
          lambda: fc.input_layer({"id": feats["id"], "score": tf.constant([[1, 2], [3, 4], [5, 6]])},
                                 [fc.indicator_column(w)]),
          lambda: fc.input_layer({"id": feats["id"]}, [fc.indicator_column(w)]),
          lambda: fc.weighted_categorical_column(c, "id").parse_example_spec]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
