# Integer vocabulary lists: int32 and int64 features, -1 as missing, dtype checks.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_vocabulary_list("id", [5, 3, 9])
print(c.dtype.name, c.vocabulary_list)
c32 = fc.categorical_column_with_vocabulary_list("id", [5, 3, 9], dtype=tf.int32)
print(c32.dtype.name, c32.parse_example_spec)
f32 = {"id": tf.constant([[5, -1], [9, 3], [4, 4]], dtype=tf.int32)}
f64 = {"id": tf.constant([[3], [-1], [9]], dtype=tf.int64)}
o1 = fc.input_layer(f32, [fc.indicator_column(c)])
o2 = fc.input_layer(f64, [fc.indicator_column(c32)])
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(rnd(s.run(o1), 5))
    print(rnd(s.run(o2), 5))
try:
    fc.input_layer({"id": tf.constant([["5"]])}, [fc.indicator_column(c)])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    fc.input_layer({"id": tf.constant([[5.0]])}, [fc.indicator_column(c)])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
