# histogram_fixed_width and _bins: dtypes, nbins tensor, values on edges/outside, f64 and int inputs, unknown shapes.
from prelude import tf, np, rnd

v = tf.constant([[0.0, 0.99, 1.0], [2.5, 10.0, -0.1]])
outs = [tf.histogram_fixed_width_bins(v, [0.0, 10.0], nbins=4), tf.histogram_fixed_width_bins(v, [0.0, 10.0], nbins=4, dtype=tf.int64),
        tf.histogram_fixed_width_bins(tf.constant([1.0, 5.0, 9.0], tf.float64), tf.constant([0.0, 10.0], tf.float64), nbins=tf.constant(2)),
        tf.histogram_fixed_width(tf.constant([0.25, 0.5, 0.75], tf.float64), [0.0, 1.0], nbins=4),
        tf.histogram_fixed_width(tf.placeholder_with_default([1.0, 2.0], [None]), [0.0, 4.0], nbins=2),
        tf.histogram_fixed_width(v, [0.0, 10.0], nbins=tf.constant(5), dtype=tf.int64)]
for t in outs:
    print(t.op.type if t.op.type != "Reshape" else "Reshape", t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)
for label, fn in [("bins bad dtype", lambda: tf.histogram_fixed_width_bins(v, [0.0, 1.0], dtype=tf.float32)),
                  ("bins int", lambda: tf.histogram_fixed_width_bins(tf.constant([1, 5, 9]), [0, 10], nbins=2)),
                  ("hist mismatch", lambda: tf.histogram_fixed_width(v, tf.constant([0, 1])))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for r in sess.run(outs):
        print(np.asarray(r).dtype.name, rnd(r))
