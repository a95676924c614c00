# convert_to_tensor with dtype and dtype_hint / preferred_dtype; constant with string dtype names.
from prelude import tf, np, rnd

cases = [
    ([1, 2], dict(dtype=tf.float32)),
    ([1, 2], dict(dtype="float64")),
    ([1.5, 2], dict(dtype=tf.int32)),
    (1.0, dict(dtype=tf.int64)),
    ([1, 2], dict(preferred_dtype=tf.float32)),
    ([1.5], dict(preferred_dtype=tf.int32)),
    ([1, 2], dict(dtype_hint=tf.int64)),
    (2 ** 40, dict(dtype=tf.int32)),
    (-1, dict(dtype=tf.uint8)),
    (300, dict(dtype=tf.uint8)),
    (np.array([1, 2], np.int64), dict(dtype=tf.int32)),
    (np.array([1.0], np.float64), dict(dtype=tf.float32)),
    (tf.constant([1.0]), dict(dtype=tf.float64)),
    (tf.constant([1.0]), dict(preferred_dtype=tf.float64)),
    ([1, 2], dict(dtype=tf.bool)),
    ([True], dict(dtype=tf.int32)),
    ("abc", dict(dtype=tf.float32)),
    ([1, 2], dict(dtype=tf.complex64)),
    ([1, 2], dict(dtype=tf.string)),
    ([1.0], dict(dtype=tf.float16)),
    ([1e40], dict(dtype=tf.float32)),
]
with tf.Session() as s:
    for v, kw in cases:
        try:
            t = tf.convert_to_tensor(v, **kw)
            out = s.run(t)
            print(sorted(kw.items(), key=str)[0][0], t.dtype.name, t.op.type, out.tolist() if hasattr(out, "tolist") else out)
        except Exception as e:
            print("ERR", type(e).__name__, str(e)[:200])
    for dt in ["float32", "int8", "bool", "string", np.float64, tf.float32.as_numpy_dtype, np.dtype("int16"), "float", "int", "double", "half", "bfloat16"]:
        try:
            t = tf.constant([1, 0], dtype=dt)
            print(repr(dt) if not isinstance(dt, type) else dt.__name__, t.dtype.name, s.run(t).tolist() if t.dtype != tf.bfloat16 else None)
        except Exception as e:
            print("ERR", type(e).__name__, str(e)[:200])
