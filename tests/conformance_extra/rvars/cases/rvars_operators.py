# Operator overloads on default variables: arithmetic, matmul, comparisons, indexing, names.
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v")
i = tf.Variable([5, -6], name="i")
b = tf.Variable([True, False], name="b")
exprs = [v + 1, 1 - v, v * v, v / 2, 2 / v, v // 2, v % 3, v ** 2, -v, abs(-v), v @ v,
         tf.constant([[1.0, 0.0]]) @ v, v < 2, v <= 2, v > 2, v >= 2, i % 4, i // 4, -i, abs(i),
         ~b, b & True, b | False, b ^ True, v[0], v[:, 1]]
for x in exprs:
    print(x.name, x.op.type, x.dtype.name, x.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for x in sess.run(exprs):
        print(rnd(x))
try:
    bool(v)
except Exception as e:  # noqa: BLE001
    print("bool", type(e).__name__)
try:
    for _ in v:
        pass
except Exception as e:  # noqa: BLE001
    print("iter", type(e).__name__)
try:
    v + "a"
except Exception as e:  # noqa: BLE001
    print("add str", type(e).__name__)
try:
    v + i
except Exception as e:  # noqa: BLE001
    print("add int var", type(e).__name__)
print(v == v, v != v, hash(v) == hash(v))
