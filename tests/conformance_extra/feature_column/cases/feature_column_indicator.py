# indicator_column: multi-hot counts over repeated ids, variable_shape, errors.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 3)
ind = fc.indicator_column(c)
print(ind.name, ind.variable_shape, ind.parse_example_spec)
feats = {"id": tf.constant([[0, 0, 2], [1, -1, -1], [-1, -1, -1]])}
out = fc.input_layer(feats, [ind])
print(out.shape, out.dtype.name)
h = fc.indicator_column(fc.categorical_column_with_hash_bucket("s", 4))
out2 = fc.input_layer({"s": tf.constant(["a", "b", "c"])}, [h])
with tf.Session() as s:
    print(rnd(s.run(out), 5))
    print(rnd(s.run(out2), 5))
for t in [lambda: fc.indicator_column(fc.numeric_column("n")), lambda: fc.indicator_column("id")]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
