# Tensor equality is by identity under v2-disabled: hashing, dict keys, sets, == operator.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

a = tf.constant([1, 2])
b = tf.constant([1, 2])
print(a == b, a == a, a != b, type(a == b).__name__)
d = {a: "a", b: "b"}
print(len(d), d[a], len({a, b, a}))
v = tf.Variable(1.0, name="v")
print(v == v, v in [v], len({v}))
eq = tf.equal(a, b)
print(eq.op.type, eq.dtype)
try:
    if a:
        pass
except TypeError as e:
    print(type(e).__name__, str(e)[:80])
try:
    for t in tf.placeholder(tf.float32, [None]):
        pass
except TypeError as e:
    print(type(e).__name__, str(e)[:80])
try:
    print(len([t for t in tf.constant([[1], [2], [3]])]))
except TypeError as e:
    print(type(e).__name__, str(e)[:60])
print(hash(a) == hash(a), a is tf.convert_to_tensor(a))
with tf.Session() as sess:
    print(sess.run(eq).tolist(), sess.run(tf.math.equal(a, [1, 3])).tolist())
