# Mixed-dtype errors in operators: int32 + 1.5, float32 + float64 tensor, int + float tensors.
from prelude import tf, np, rnd

i = tf.constant([1, 2], name="i")
f = tf.constant([1.0, 2.0], name="f")
d = tf.constant([1.0, 2.0], tf.float64, name="d")
cases = {
    "i+1.5": lambda: i + 1.5,
    "1.5+i": lambda: 1.5 + i,
    "i*f": lambda: i * f,
    "f+d": lambda: f + d,
    "d+f": lambda: d + f,
    "i/2.0": lambda: i / 2.0,
    "i/2": lambda: i / 2,
    "f+1": lambda: f + 1,
    "d+1.5": lambda: d + 1.5,
    "i+2**40": lambda: i + 2 ** 40,
    "f+True": lambda: f + True,
    "i+True": lambda: i + True,
    "i/f": lambda: i / f,
    "f//i": lambda: f // i,
    "f+'a'": lambda: f + "a",
    "f+None": lambda: f + None,
    "i64+i": lambda: tf.constant(1, tf.int64) + i,
}
with tf.Session() as s:
    for k, fn in cases.items():
        try:
            r = fn()
            print(k, r.op.type, r.dtype.name, rnd(s.run(r), 3))
        except Exception as e:
            print(k, "ERR", type(e).__name__, str(e)[:200])
