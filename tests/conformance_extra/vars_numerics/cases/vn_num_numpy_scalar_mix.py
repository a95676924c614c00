# Python operators mixing tensors with numpy scalars and arrays of other dtypes.
from prelude import tf, np, rnd

f = tf.constant([1.0, 2.0])
i = tf.constant([1, 2])
h = tf.constant([1.0, 2.0], tf.float16)
cases = [("np.float64(2) * f", lambda: np.float64(2) * f), ("f * np.float64(2)", lambda: f * np.float64(2)),
         ("f + np.int64(1)", lambda: f + np.int64(1)), ("i + np.int64(1)", lambda: i + np.int64(1)),
         ("np.int64(1) + i", lambda: np.int64(1) + i), ("i + np.float32(1.5)", lambda: i + np.float32(1.5)),
         ("i * np.float64(2.0)", lambda: i * np.float64(2.0)), ("h * np.float64(3)", lambda: h * np.float64(3)),
         ("f + np.array([1, 2])", lambda: f + np.array([1, 2])), ("i + np.array([1.5])", lambda: i + np.array([1.5])),
         ("f - np.array([0.5], np.float64)", lambda: f - np.array([0.5], np.float64)),
         ("np.array([1.0, 1.0]) - f", lambda: np.array([1.0, 1.0]) - f),
         ("i / np.int32(2)", lambda: i / np.int32(2)), ("np.float32(2) / i", lambda: np.float32(2) / i),
         ("f ** np.int32(2)", lambda: f ** np.int32(2)), ("i > np.float64(1.5)", lambda: i > np.float64(1.5)),
         ("f > np.int64(1)", lambda: f > np.int64(1)), ("i + True", lambda: i + True),
         ("f + np.bool_(True)", lambda: f + np.bool_(True)), ("i + np.uint8(3)", lambda: i + np.uint8(3)),
         ("i + 2**40", lambda: i + 2**40), ("f * 1e40", lambda: f * 1e40)]
with tf.Session() as sess:
    for label, fn in cases:
        try:
            t = fn()
            print(label, type(t).__name__, t.dtype.name, rnd(sess.run(t), 4))
        except Exception as e:
            print(label, type(e).__name__)
