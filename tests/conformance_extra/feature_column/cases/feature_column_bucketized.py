# bucketized_column: attributes, one-hot values at and between boundaries, 2-D sources.
from prelude import tf, np, rnd

fc = tf.feature_column
src = fc.numeric_column("age")
b = fc.bucketized_column(src, [18, 25.5, 40])
print(b.name, b.boundaries, b.num_buckets, b.variable_shape, b.source_column.key)
print(b.parse_example_spec)
b2 = fc.bucketized_column(fc.numeric_column("p", shape=(2,)), (0.0, 1.0))
print(b2.name, b2.num_buckets, b2.variable_shape)
feats = {"age": tf.constant([[10.0], [18.0], [25.5], [39.9], [40.0], [99.0]]),
         "p": tf.constant([[-1.0, 0.5], [1.0, 0.0], [2.0, 2.0], [0.0, -3.0], [0.99, 1.01], [5.0, 5.0]])}
out = fc.input_layer(feats, [b2, b])
print(out.shape)
with tf.Session() as s:
    print(rnd(s.run(out), 5))
