# categorical_column_with_identity: ids as given, default_value for out-of-range ids.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 4)
print(c.name, c.key, c.num_buckets, c.default_value, c.parse_example_spec)
cd = fc.categorical_column_with_identity("id", 4, default_value=0)
feats = {"id": tf.constant([[0, 3], [1, -1], [2, 2]])}
o1 = fc.input_layer(feats, [fc.indicator_column(c)])
o2 = fc.input_layer({"id": tf.constant([[5], [-3], [1]], dtype=tf.int64)}, [fc.indicator_column(cd)])
sp = {"id": tf.SparseTensor([[0, 0], [0, 1], [2, 0]], tf.constant([1, 1, 3], tf.int64), [3, 2])}
o3 = fc.input_layer(sp, [fc.indicator_column(c)])
with tf.Session() as s:
    print(rnd(s.run(o1), 5))
    print(rnd(s.run(o2), 5))
    print(rnd(s.run(o3), 5))
for t in [lambda: fc.categorical_column_with_identity("id", 0),
          lambda: fc.categorical_column_with_identity("id", 3, default_value=3),
          lambda: fc.categorical_column_with_identity("id", 3, default_value=-1),
          lambda: fc.categorical_column_with_identity(["id"], 3),
          lambda: fc.input_layer({"id": tf.constant([["a"]])}, [fc.indicator_column(c)])]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
