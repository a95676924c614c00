# bincount: weights with min/maxlength, 2-D weights, float64 weights, maxlength < max, static shape and names.
from prelude import tf, np, rnd

arr = tf.constant([[1, 3], [3, 0]])
ph = tf.placeholder(tf.int32, [None])
outs = [tf.math.bincount(arr, weights=tf.constant([[0.5, 1.0], [2.0, 4.0]]), minlength=6),
        tf.math.bincount(arr, weights=tf.constant([[1.0, 1.0], [1.0, 1.0]], tf.float64), maxlength=2),
        tf.math.bincount(arr, minlength=2, maxlength=2), tf.math.bincount(ph),
        tf.math.bincount(arr, minlength=tf.constant(5)), tf.math.bincount(arr, dtype=tf.int64)]
for t in outs:
    print(t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)
for label, fn in [("weights shape", lambda: tf.math.bincount(arr, weights=tf.constant([1.0, 2.0]))),
                  ("int64 arr", lambda: tf.math.bincount(tf.constant([1, 2], tf.int64)))]:
    try:
        t = fn()
        print(label, "ok", t.dtype.name)
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for r in sess.run(outs[:3] + outs[4:]):
        print(np.asarray(r).dtype.name, rnd(r))
    print(rnd(sess.run(outs[3], {ph: [0, 0, 2]})))
    try:
        sess.run(outs[3], {ph: [-1]})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
