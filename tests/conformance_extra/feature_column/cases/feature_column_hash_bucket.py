# categorical_column_with_hash_bucket: Fingerprint64 buckets of strings and of ints' decimal text.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_hash_bucket("s", 10)
print(c.name, c.hash_bucket_size, c.dtype.name, c.num_buckets, c.parse_example_spec)
ci = fc.categorical_column_with_hash_bucket("i", 7, dtype=tf.int64)
print(ci.dtype.name, ci.parse_example_spec)
emb = fc.embedding_column(c, 1, combiner="sum", initializer=tf.constant_initializer(np.arange(10)))
embi = fc.embedding_column(ci, 1, combiner="sum", initializer=tf.constant_initializer(np.arange(7) * 100))
feats = {"s": tf.constant([["hello"], ["world"], ["tf"], [""]]), "i": tf.constant([[1], [42], [-1], [1000]])}
out = fc.input_layer(feats, [emb, embi])
print(out.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(out), 5))
for t in [lambda: fc.categorical_column_with_hash_bucket("s", 0),
          lambda: fc.categorical_column_with_hash_bucket("s", None),
          lambda: fc.categorical_column_with_hash_bucket("s", 3, dtype=tf.float32),
          lambda: fc.input_layer({"s": tf.constant([[1]])}, [fc.indicator_column(c)])]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
