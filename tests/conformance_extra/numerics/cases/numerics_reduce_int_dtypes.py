# Reductions of integer, bool and half inputs: truncating means, wrap, dtypes.
from prelude import tf, np, rnd

i = tf.constant([[1, 2, 2], [-1, -2, -4]])
u = tf.constant([200, 100, 7], tf.uint8)
i8 = tf.constant([100, 100, -3], tf.int8)
h = tf.constant([1.0, 2.0, 4.0], tf.float16)
b = tf.constant([[True, False], [True, True]])
outs = [tf.reduce_mean(i), tf.reduce_mean(i, 1), tf.reduce_mean(i, 0), tf.reduce_mean(u),
        tf.reduce_sum(u), tf.reduce_sum(i8), tf.reduce_prod(i8), tf.reduce_max(u),
        tf.reduce_min(i8), tf.reduce_mean(h), tf.reduce_sum(h), tf.reduce_any(b, 1),
        tf.reduce_all(b, 0), tf.count_nonzero(b), tf.count_nonzero(i, 1, dtype=tf.int32),
        tf.reduce_mean(tf.cast(b, tf.float32), 1), tf.math.reduce_variance(tf.constant([1.0, 2.0, 4.0])),
        tf.math.reduce_std(tf.constant([[1.0, 3.0], [2.0, 6.0]]), 0)]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
for label, fn in (("sum", tf.reduce_sum), ("mean", tf.reduce_mean), ("max", tf.reduce_max)):
    try:
        t = fn(b)
        print(label, "ok", t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
