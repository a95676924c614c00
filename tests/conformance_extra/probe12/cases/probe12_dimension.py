# tf.Dimension arithmetic and comparisons under v2 behavior (shape entries are ints).
from prelude import tf, np, rnd

d = tf.Dimension(6)
n = tf.Dimension(None)
fns = [lambda: d + 2, lambda: 2 + d, lambda: d - n, lambda: d * 3, lambda: d // 4, lambda: 13 // d, lambda: d % 4,
       lambda: d / 2, lambda: d == 6, lambda: d == n, lambda: n == n, lambda: d != 5, lambda: d < 7, lambda: n < 7,
       lambda: d >= n, lambda: int(d), lambda: int(n), lambda: d.value, lambda: n.value, lambda: repr(d), str(n),
       lambda: repr(n), lambda: d.merge_with(6), lambda: d.merge_with(n), lambda: d.merge_with(5),
       lambda: d.is_compatible_with(5), lambda: n.is_compatible_with(5), lambda: d.assert_is_compatible_with(7),
       lambda: tf.Dimension(-1), lambda: tf.Dimension("x"), lambda: tf.Dimension(2.0), lambda: tf.Dimension(2.5),
       lambda: tf.Dimension(d), lambda: hash(d) == hash(6), lambda: tf.dimension_value(d), lambda: tf.dimension_value(5),
       lambda: tf.dimension_value(None), lambda: tf.compat.dimension_value(n), lambda: tf.compat.dimension_at_index(tf.TensorShape([3, None]), 1),
       lambda: tf.compat.dimension_at_index(tf.TensorShape(None), 1), lambda: d ** 2, lambda: 2 ** d, lambda: -d if hasattr(d, "__neg__") else "noneg",
       lambda: d.__index__(), lambda: [0, 1, 2, 3, 4, 5, 6, 7][d], lambda: n * 0, lambda: d % n,
       lambda: tf.TensorShape([3, None])[0], lambda: type(tf.TensorShape([3, None]).dims[0]).__name__,
       lambda: tf.placeholder(tf.float32, [4, None]).shape[1], lambda: tf.placeholder(tf.float32, [4, None]).shape[0] * 2]
for fn in fns:
    try:
        r = fn() if callable(fn) else fn
        print(type(r).__name__, r)
    except Exception as e:
        print("ERR", type(e).__name__, str(e)[:200])
