# Python arithmetic operators on graph tensors: op types, names, dtypes, shapes and values.
from prelude import tf, np, rnd

a = tf.constant([[1.0, -2.0], [3.0, 4.5]], name="a")
b = tf.constant([[2.0, 3.0], [-1.0, 0.5]], name="b")
exprs = [("add", a + b), ("sub", a - b), ("mul", a * b), ("div", a / b), ("fdiv", a // b),
         ("mod", a % b), ("pow", a ** 2), ("matmul", a @ b), ("neg", -a), ("abs", abs(a)),
         ("pos", +a if hasattr(a, "__pos__") else a)]
for k, t in exprs:
    print(k, t.op.type, t.op.name, t.dtype.name, t.shape, [i.op.name for i in t.op.inputs])
with tf.Session() as s:
    for k, t in exprs:
        print(k, rnd(s.run(t), 4))
i = tf.constant([7, -7, 9], name="i")
j = tf.constant([2, 2, -4], name="j")
ie = [i + j, i - j, i * j, i / j, i // j, i % j, i ** 2, -i, abs(i)]
for t in ie:
    print(t.op.type, t.op.name, t.dtype.name)
with tf.Session() as s:
    for t in ie:
        print(rnd(s.run(t), 4))
