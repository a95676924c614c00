# Comparisons and v2 tensor equality: == / != elementwise, hashing, bool(), in.
from prelude import tf, np, rnd

a = tf.constant([1, 2, 3], name="a")
b = tf.constant([3, 2, 1], name="b")
ex = [a < b, a <= b, a > b, a >= b, a == b, a != b, a == 2, 2 == a, a != 2, 1 < a]
for e in ex:
    print(type(e).__name__, getattr(e, "op", None) and e.op.type, getattr(e, "name", e))
with tf.Session() as s:
    print([s.run(e).tolist() for e in ex if hasattr(e, "op")])
    print(s.run(tf.equal(a, b)).tolist(), s.run(tf.not_equal(a, 2)).tolist())
print(a == None, a != None, a == "x")
print(type(a.__eq__(b)).__name__, a.__eq__(a), a.__ne__(a))
try:
    h = hash(a)
    print("hash ok", h == id(a))
except Exception as e:
    print("hash", type(e).__name__, str(e)[:200])
try:
    d = {a: 1}
    print("dict ok", len(d))
except Exception as e:
    print("dict", type(e).__name__, str(e)[:200])
print(a.ref().deref() is a, a.experimental_ref().deref() is a, a.ref() == a.ref(), a.ref() == b.ref())
for fn in [lambda: bool(a), lambda: bool(a == b), lambda: a in [b], lambda: [a].index(a), lambda: a is a]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, str(e)[:200])
f = tf.constant([1.0, 2.0])
try:
    print((f == tf.constant([1, 2])).dtype)
except Exception as e:
    print(type(e).__name__, str(e)[:200])
try:
    print((f == tf.constant([1.0, 2.0, 3.0])))
except Exception as e:
    print(type(e).__name__, str(e)[:200])
