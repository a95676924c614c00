# crossed_column of categorical columns, int features and nested crosses; indicator of the cross.
from prelude import tf, np, rnd

fc = tf.feature_column
b = fc.bucketized_column(fc.numeric_column("age"), [30.0])
v = fc.categorical_column_with_vocabulary_list("g", ["m", "f"])
x = fc.crossed_column([b, v, "n"], 16)
print(x.name, x.num_buckets)
print(sorted(x.parse_example_spec))
nested = fc.crossed_column([fc.crossed_column(["n", v], 8), "z"], 12)
print(nested.name)
feats = {"age": tf.constant([[20.0], [40.0], [35.0]]), "g": tf.constant([["m"], ["f"], ["x"]]),
         "n": tf.constant([[7], [8], [9]], dtype=tf.int64), "z": tf.constant([["p"], ["q"], ["r"]])}
out = fc.input_layer(feats, [fc.indicator_column(x), fc.indicator_column(nested)])
print(out.shape)
with tf.Session() as s:
    s.run(tf.tables_initializer())
    r = s.run(out)
    print(rnd(r, 5))
for t in [lambda: fc.crossed_column(["a"], 10),
          lambda: fc.crossed_column(["a", "b"], 0),
          lambda: fc.crossed_column(["a", fc.categorical_column_with_hash_bucket("h", 5)], 10),
          lambda: fc.crossed_column(["a", fc.numeric_column("n")], 10),
          lambda: fc.crossed_column(["a", 3], 10)]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
