# categorical_column_with_vocabulary_list (strings) through indicator_column: OOV, '' ignored, sparse input.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_vocabulary_list("color", ["red", "green", "blue"])
print(c.name, c.key, c.vocabulary_list, c.dtype.name, c.default_value, c.num_oov_buckets, c.num_buckets)
print(c.parse_example_spec)
ind = fc.indicator_column(c)
print(ind.name, ind.variable_shape)
dense = {"color": tf.constant([["red", "blue"], ["pink", ""], ["green", "green"]])}
sparse = {"color": tf.SparseTensor([[0, 0], [2, 0], [2, 1]], ["blue", "red", "nope"], [3, 2])}
o1 = fc.input_layer(dense, [ind])
o2 = fc.input_layer(sparse, [ind])
print(o1.name, o2.name, o1.shape)
c2 = fc.categorical_column_with_vocabulary_list("color", ("red", "green"), default_value=1)
o3 = fc.input_layer(dense, [fc.indicator_column(c2)])
with tf.Session() as s:
    s.run(tf.tables_initializer())
    print(rnd(s.run(o1), 5))
    print(rnd(s.run(o2), 5))
    print(rnd(s.run(o3), 5))
print(len(tf.get_collection(tf.GraphKeys.TABLE_INITIALIZERS)))
