# vocabulary_list with num_oov_buckets: out-of-vocabulary values hash into extra buckets.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_vocabulary_list("w", ["a", "b"], num_oov_buckets=5)
print(c.num_buckets, c.default_value, c.num_oov_buckets)
feats = {"w": tf.constant([["a"], ["zzz"], ["hello"], ["b"], ["world"], ["q"]])}
out = fc.input_layer(feats, [fc.indicator_column(c)])
ci = fc.categorical_column_with_vocabulary_list("k", [10, 20, 30], num_oov_buckets=3)
print(ci.dtype.name, ci.num_buckets)
out_i = fc.input_layer({"k": tf.constant([[10], [7], [30], [12345], [-1]], dtype=tf.int64)}, [fc.indicator_column(ci)])
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(np.argmax(s.run(out), axis=1))
    print(rnd(s.run(out_i), 5))
