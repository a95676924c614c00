# truediv / floordiv / mod / neg / pow / abs across integer, unsigned, half and complex dtypes (one graph per op).
from prelude import tf, np, rnd

ops = [("div", lambda a, b: a / b), ("fdiv", lambda a, b: a // b), ("mod", lambda a, b: a % b), ("neg", lambda a, b: -a),
       ("pow", lambda a, b: a ** b), ("abs", lambda a, b: abs(a)), ("add", lambda a, b: a + b), ("mul", lambda a, b: a * 2)]
for dt in [tf.int8, tf.int16, tf.int32, tf.int64, tf.uint8, tf.uint16, tf.uint32, tf.uint64, tf.float16, tf.bfloat16,
           tf.float64, tf.complex64]:
    for name, fn in ops:
        with tf.Graph().as_default():
            a = tf.constant([7, 3], dtype=dt)
            b = tf.constant([2, 1], dtype=dt)
            try:
                r = fn(a, b)
                with tf.Session() as s:
                    v = s.run(r)
                print(dt.name, name, r.op.type, r.dtype.name, [str(x) for x in v.tolist()] if r.dtype.is_complex else rnd(v.astype(np.float64) if r.dtype == tf.bfloat16 else v, 3))
            except Exception as e:
                print(dt.name, name, "ERR", type(e).__name__, str(e).splitlines()[0][:160])
