# crossed_column of string features (dense and sparse): the hashed cross ids TF's SparseCross gives.
from prelude import tf, np, rnd

fc = tf.feature_column
x = fc.crossed_column(["b", "a"], 1000)
print(x.name, x.keys, x.hash_bucket_size, x.hash_key, x.num_buckets)
print(sorted(x.parse_example_spec.items()))
emb = fc.embedding_column(x, 1, combiner="sum", initializer=tf.constant_initializer(np.arange(1000)))
feats = {"a": tf.constant([["x", "y"], ["q", ""]]),
         "b": tf.SparseTensor([[0, 0], [1, 0], [1, 1]], ["foo", "bar", "baz"], [2, 2])}
out = fc.input_layer(feats, [emb])
x2 = fc.crossed_column(["a", "b"], 100, hash_key=12345)
out2 = fc.input_layer(feats, [fc.embedding_column(x2, 1, combiner="sum", initializer=tf.constant_initializer(np.arange(100)))])
x3 = fc.crossed_column(["a", "b"], 1000)
out3 = fc.input_layer({"a": tf.constant([["x"], ["q"]]), "b": tf.constant([["foo"], ["bar"]])},
                      [fc.embedding_column(x3, 1, combiner="sum", initializer=tf.constant_initializer(np.arange(1000)))])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(out), 5))
    print(rnd(s.run(out2), 5))
    print(rnd(s.run(out3), 5))
