# Operators on variables (v2 resource variables without disable_v2_behavior? and tf.Variable in v1 graph).
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v")
print(type(v).__name__, v.name, v.dtype, v.shape, v.op.type)
ex = [v + 1, 1 + v, v - v, -v, v * v, v / 2, 2 / v, v // 2, v % 3, v ** 2, v @ v, abs(v), v > 2, v < v, v[0], v[:, 1]]
for e in ex:
    print(e.op.type, e.op.name, e.dtype.name, e.shape, [i.op.type for i in e.op.inputs])
for fn in [lambda: v == v, lambda: v != 1, lambda: hash(v) is not None, lambda: bool(v), lambda: len(v),
           lambda: v & v, lambda: np.float32(2) * v, lambda: (np.ones(2, np.float32) + v).dtype]:
    try:
        r = fn()
        print(type(r).__name__, getattr(r, "op", None) and r.op.type)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:160])
b = tf.Variable([True, False], name="bv")
for fn in [lambda: b & b, lambda: ~b, lambda: b | [True, True], lambda: b ^ b]:
    try:
        r = fn()
        print(r.op.type, r.dtype.name)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:160])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print([rnd(x, 3) for x in s.run(ex)])
