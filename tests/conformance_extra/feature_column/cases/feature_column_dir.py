# The names in tf.feature_column, and column equality/hashing.
from prelude import tf, np, rnd

fc = tf.feature_column
print([n for n in dir(fc) if not n.startswith("_")])
a = fc.categorical_column_with_vocabulary_list("a", ["x"])
print(a == fc.categorical_column_with_vocabulary_list("a", ("x",)), len({a, fc.categorical_column_with_vocabulary_list("a", ["x"])}))
print(fc.indicator_column(a) == fc.indicator_column(a), fc.crossed_column(["a", "b"], 3) == fc.crossed_column(("a", "b"), 3))
print(repr(fc.bucketized_column(fc.numeric_column("n"), [1, 2])))
print(repr(fc.categorical_column_with_identity("i", 3)))
print(repr(fc.crossed_column(["a", "b"], 3)))
