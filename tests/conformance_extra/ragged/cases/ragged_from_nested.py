# from_nested_row_splits / from_nested_row_lengths / from_nested_value_rowids.
from prelude import tf, np, rnd

a = tf.RaggedTensor.from_nested_row_splits([1, 2, 3, 4, 5], [[0, 2, 3], [0, 1, 3, 5]])
b = tf.RaggedTensor.from_nested_row_lengths([1, 2, 3, 4, 5], [[2, 1], [1, 2, 2]])
c = tf.RaggedTensor.from_nested_value_rowids([1, 2, 3, 4, 5], [[0, 0, 1], [0, 1, 1, 2, 2]])
for rt in (a, b, c):
    print(rt.shape, rt.ragged_rank, type(rt.values).__name__, rt.flat_values.shape)
print([t.dtype.name for t in a.nested_row_splits])
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list(), s.run(c).to_list())
    print(s.run(a.values).to_list(), s.run(a.flat_values).tolist())
    print([x.tolist() for x in s.run(a.nested_row_lengths())])
    print([x.tolist() for x in s.run(list(a.nested_value_rowids()))])
