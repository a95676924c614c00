# make_parse_example_spec, then parse serialized Examples and feed them through input_layer.
from prelude import tf, np, rnd

fc = tf.feature_column
age = fc.numeric_column("age", default_value=-1.0)
cols = [age, fc.bucketized_column(age, [30.0]),
        fc.embedding_column(fc.categorical_column_with_hash_bucket("h", 3), 2, initializer=tf.ones_initializer()),
        fc.indicator_column(fc.categorical_column_with_vocabulary_list("v", ["a", "b"])),
        fc.weighted_categorical_column(fc.categorical_column_with_identity("i", 4), "iw"),
        fc.crossed_column(["a", "b"], 4)]
spec = fc.make_parse_example_spec(cols)
for k in sorted(spec):
    print(k, spec[k])
ex = tf.train.Example(features=tf.train.Features(feature={
    "age": tf.train.Feature(float_list=tf.train.FloatList(value=[42.0])),
    "h": tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"k1", b"k2"])),
    "v": tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"b"]))}))
ex2 = tf.train.Example(features=tf.train.Features(feature={
    "v": tf.train.Feature(bytes_list=tf.train.BytesList(value=[b"a", b"b"]))}))
parsed = tf.parse_example([ex.SerializeToString(), ex2.SerializeToString()], {k: spec[k] for k in ["age", "h", "v"]})
out = fc.input_layer(parsed, cols[:4])
with tf.Session() as s:
    s.run([tf.global_variables_initializer(), tf.tables_initializer()])
    print(rnd(s.run(out), 5))
for t in [lambda: fc.make_parse_example_spec([fc.numeric_column("a"), fc.numeric_column("a", shape=2)]),
          lambda: fc.make_parse_example_spec(["a"])]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
