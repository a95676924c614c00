# Validation of placeholder-fed row partitions in from_row_starts/limits and nested factories.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

vals = tf.placeholder(tf.int32, [None])
part = tf.placeholder(tf.int64, [None])
starts = tf.RaggedTensor.from_row_starts(vals, part)
limits = tf.RaggedTensor.from_row_limits(vals, part)
nested = tf.RaggedTensor.from_nested_row_lengths(vals, [[1, 1], part])
print(starts.shape, limits.shape, nested.shape, nested.ragged_rank)
with tf.Session() as s:
    print(s.run(starts, {vals: [1, 2, 3], part: [0, 2]}).to_list())
    err(lambda: s.run(starts, {vals: [1, 2, 3], part: [1, 2]}))
    print(s.run(limits, {vals: [1, 2, 3], part: [1, 3]}).to_list())
    err(lambda: s.run(limits, {vals: [1, 2, 3], part: [1, 2]}))
    print(s.run(nested, {vals: [1, 2, 3], part: [2, 1]}).to_list())
    err(lambda: s.run(nested, {vals: [1, 2, 3], part: [2, 2]}))
