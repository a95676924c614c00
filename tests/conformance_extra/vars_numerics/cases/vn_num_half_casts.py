# Casts between bool, ints and float16/bfloat16: rounding of large ints, bools, negative zero.
from prelude import tf, np, rnd

outs = {"bool->h": tf.cast(tf.constant([True, False]), tf.float16),
        "bool->bf": tf.cast(tf.constant([True, False]), tf.bfloat16),
        "h->bool": tf.cast(tf.constant([0.0, -0.0, 0.001, np.nan], tf.float16), tf.bool),
        "i64->bf": tf.cast(tf.constant([257, 2**24 + 1, -129], tf.int64), tf.bfloat16),
        "i32->h": tf.cast(tf.constant([2049, 2051, -65519, 65520]), tf.float16),
        "h->i8": tf.cast(tf.constant([1.9, -1.9, 100.5], tf.float16), tf.int8),
        "bf->i32": tf.cast(tf.cast(tf.constant([3.7, -3.7, 1e6]), tf.bfloat16), tf.int32),
        "h->f64": tf.cast(tf.constant([0.1], tf.float16), tf.float64),
        "f64->h tiny": tf.cast(tf.constant([1e-7, 6e-8, 2.98e-8], tf.float64), tf.float16),
        "h->c64": tf.cast(tf.constant([1.5], tf.float16), tf.complex64),
        "bf->h big": tf.cast(tf.cast(tf.constant([1e5, -7e4]), tf.bfloat16), tf.float16),
        "u8->h": tf.cast(tf.constant([255, 0], tf.uint8), tf.float16)}
with tf.Session() as sess:
    vals = sess.run(outs)
for k in outs:
    v = np.asarray(vals[k])
    print(k, outs[k].dtype.name, rnd(v.astype(np.float64) if v.dtype.kind not in "bc" else v.real if v.dtype.kind == "c" else v, 8))
print(tf.float16.min, tf.float16.max, tf.bfloat16.is_floating, tf.float16.size, tf.bfloat16.size)
print(tf.as_dtype(np.float16).name, tf.float16.as_numpy_dtype.__name__, tf.bfloat16.real_dtype.name)
