# String tensors with + and comparisons.
from prelude import tf, np, rnd

s1 = tf.constant(["ab", "c"], name="s1")
s2 = tf.constant(["x", "yz"], name="s2")
ex = []
for fn in [lambda: s1 + s2, lambda: s1 + "!", lambda: "<" + s1, lambda: s1 == s2, lambda: s1 == "c",
           lambda: s1 < s2, lambda: s1 * 2, lambda: s1 + 1, lambda: -s1]:
    try:
        e = fn()
        print(e.op.type, e.op.name, e.dtype.name, e.shape)
        ex.append(e)
    except Exception as e:
        print("ERR", type(e).__name__, str(e)[:200])
with tf.Session() as s:
    print([v.tolist() for v in s.run(ex)])
