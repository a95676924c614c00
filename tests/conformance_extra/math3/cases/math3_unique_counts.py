# unique_with_counts on ints/floats/strings with NaN, empty and single inputs; op names, static shapes, errors.
from prelude import tf, np, rnd

outs = [tf.unique_with_counts(tf.constant([4, 4, 1, 4, 2, 1], tf.int64)),
        tf.unique_with_counts(tf.constant([1.0, -0.0, 0.0, 1.0])),
        tf.unique_with_counts(tf.constant([], tf.string)),
        tf.unique_with_counts(tf.constant([7]), out_idx=tf.int64, name="uwc"),
        tf.unique_with_counts(tf.placeholder(tf.int32, [None])),
        tf.unique_with_counts(tf.constant([True, False, True]))]
for o in outs:
    print(o.y.op.type, o.y.name, o.y.dtype.name, o.y.shape.as_list(), o.idx.shape.as_list(), o.count.dtype.name,
          o.count.shape.as_list())
for label, fn in [("2d", lambda: tf.unique_with_counts(tf.ones([2, 2]))), ("scalar", lambda: tf.unique_with_counts(tf.constant(1))),
                  ("bad idx", lambda: tf.unique_with_counts(tf.constant([1]), out_idx=tf.int16))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for o in outs[:4] + outs[5:]:
        print(rnd(sess.run(list(o))))
    print(rnd(sess.run(list(outs[4]), {outs[4].y.op.inputs[0]: [3, 1, 3, 3]})))
