# bincount (minlength/maxlength/weights/dtype, empty, negative values) and histogram_fixed_width edge cases.
from prelude import tf, np, rnd


def show(t):
    print(t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.dtype.name)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


arr = tf.constant([2, 0, 2, 5])
outs = [tf.math.bincount(arr, minlength=2), tf.math.bincount(arr, minlength=8, maxlength=4),
        tf.math.bincount(arr, dtype=tf.float64), tf.math.bincount(arr, weights=[1.0, 2.0, 3.0, 4.0], minlength=7),
        tf.math.bincount(tf.constant([[1, 1], [0, 3]])), tf.math.bincount(tf.constant([], tf.int32), minlength=3),
        tf.math.bincount(arr, maxlength=0), tf.bincount(arr, weights=tf.constant([1, 1, 1, 1]), dtype=tf.int32),
        tf.histogram_fixed_width(tf.constant([0.0, 0.5, 1.0, 1.0, -3.0, 9.0]), [0.0, 1.0], nbins=2),
        tf.histogram_fixed_width(tf.constant([[1.0, 2.0], [3.0, 4.0]]), [1.0, 4.0], nbins=3),
        tf.histogram_fixed_width(tf.constant([0.1, 0.2], tf.float64), tf.constant([0.0, 1.0], tf.float64), nbins=1),
        tf.histogram_fixed_width(tf.constant([5, 15, 25]), [0, 30], nbins=tf.constant(3)),
        tf.histogram_fixed_width_bins(tf.constant([-1.0, 0.0, 1.5, 2.0, 5.0]), [0.0, 5.0], nbins=5)]
for t in outs:
    show(t)
attempt("weights dtype", lambda: tf.math.bincount(arr, weights=tf.constant([1, 2, 3, 4], tf.int64)))
attempt("hist bad range", lambda: tf.histogram_fixed_width(tf.constant([1.0]), [0.0, 1.0, 2.0]))
attempt("bincount float", lambda: tf.math.bincount(tf.constant([1.0])))
with tf.Session() as sess:
    for v in sess.run(outs):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
    for bad in (lambda: tf.math.bincount(tf.constant([1, -1])),
                lambda: tf.histogram_fixed_width(tf.constant([1.0]), [1.0, 0.0]),
                lambda: tf.histogram_fixed_width(tf.constant([1.0]), [0.0, 1.0], nbins=0)):
        try:
            print(rnd(sess.run(bad())))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
