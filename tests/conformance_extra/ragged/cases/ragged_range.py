# tf.ragged.range: per-row ranges, broadcasting scalars, float dtypes, delta 0.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

outs = [tf.ragged.range([3, 5, 2]), tf.ragged.range([0, 5, 8], [3, 3, 12], 2),
        tf.ragged.range(3, [5, 6], 1), tf.ragged.range([1., 2.], 4., 0.5),
        tf.ragged.range([5, 0], [0, 5], [-2, 2]), tf.ragged.range([2, 3], dtype=tf.int64),
        tf.ragged.range([3], row_splits_dtype=tf.int32)]
print([(o.shape.as_list(), o.dtype.name, o.row_splits.dtype.name) for o in outs])
zero = tf.ragged.range([1, 2], 4, 0)
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
    err(lambda: s.run(zero))
