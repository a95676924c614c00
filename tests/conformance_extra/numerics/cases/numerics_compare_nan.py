# Comparisons across dtypes, NaN comparisons and equality of bools and strings.
from prelude import tf, np, rnd

nan, inf = float("nan"), float("inf")
f = tf.constant([1.0, nan, inf, -inf, 0.0])
g = tf.constant([1.0, nan, inf, 0.0, -0.0])
outs = [tf.equal(f, g), tf.not_equal(f, g), tf.less(f, g), tf.greater_equal(f, g),
        tf.less_equal(f, g), tf.math.is_nan(f), tf.math.is_inf(f), tf.math.is_finite(f),
        tf.equal(tf.constant([True, False]), tf.constant([True, True])),
        tf.equal(tf.constant(["a", "b"]), tf.constant(["a", "c"])),
        tf.greater(tf.constant([200, 3], tf.uint8), tf.constant([100, 4], tf.uint8)),
        tf.less(tf.constant([-1, 5], tf.int8), tf.constant([0, 5], tf.int8)),
        tf.equal(tf.constant([1, 2], tf.int64), 2)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
try:
    tf.less(tf.constant([True]), tf.constant([False]))
    print("bool less built")
except Exception as e:
    print(type(e).__name__)
try:
    tf.greater(tf.constant(["a"]), tf.constant(["b"]))
    print("string greater built")
except Exception as e:
    print(type(e).__name__)
