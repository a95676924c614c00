# Arithmetic operator overloads: op types, default names, reflected forms.
from prelude import tf, np, rnd

x = tf.constant(3.0, name="x")
y = tf.constant(2.0, name="y")
i = tf.constant(7, name="i")
j = tf.constant(2, name="j")
exprs = [x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x, abs(x), +x if False else x,
         1.0 + x, 1.0 - x, 2.0 * x, 2.0 / x, 2.0 // x, 2.0 % x, 2.0 ** x,
         i / j, i // j, i % j, -i, abs(i), i * 3, 3 - i, np.float32(2.0) * x, np.array(1.0, np.float32) + x]
for t in exprs:
    print(t.op.type, t.op.name, t.dtype.name, [u.op.type for u in t.op.inputs])
m = tf.constant([[1.0, 2.0]], name="m")
n = m @ tf.transpose(m)
print(n.op.type, n.name, n.shape.as_list())
k = [[1.0], [2.0]]
print((m @ k).op.type, (k @ m).op.type, (k @ m).shape.as_list())
print((i / j).op.inputs[0].op.type, (i / j).op.inputs[0].dtype.name)
with tf.name_scope("ops"):
    s = x + y
    s2 = x + y
print(s.name, s2.name)
with tf.Session() as sess:
    print(rnd(sess.run([i / j, i // j, i % j, -i // j, -i % j])))
    print(rnd(sess.run([x / y, x // y, x % y, x ** y, 2.0 ** x, -x % y])))
