# More runtime index errors: slice, strided_slice, segment ids, split, range.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[None], name="x")
ids = tf.placeholder(tf.int32, shape=[None], name="ids")
k = tf.placeholder(tf.int32, shape=[], name="k")
ops = [
    ("slice", tf.slice(x, [1], [3], name="sl")),
    ("strided", tf.strided_slice(x, [5], [6], name="ss")),
    ("getitem", x[k]),
    ("unsorted_segment", tf.math.unsorted_segment_sum(x, ids, 2, name="uss")),
    ("segment_sum", tf.math.segment_sum(x, ids, name="segsum")),
    ("split", tf.split(x, 2, name="sp")[0]),
    ("range", tf.range(0, 5, k, name="rg")),
    ("tile", tf.tile(x, [k], name="tl")),
]
with tf.Session() as sess:
    for n, t in ops:
        try:
            out = sess.run(t, {x: [1.0, 2.0, 3.0], ids: [0, 3, 1], k: 0})
            print(n, "ok", out.tolist())
        except tf.errors.OpError as e:
            print(n, type(e).__name__, e.op.type)
        except Exception as e:
            print(n, type(e).__name__)
    print(sess.run(x[k], {x: [1.0, 2.0], k: -1}))
