# Reflected operators with Python numbers on the left, and their op names and input order.
from prelude import tf, np, rnd

t = tf.constant([1.0, 2.0, 4.0], name="t")
exprs = [2 + t, 2 - t, 2 * t, 2 / t, 7 // t, 7 % t, 2 ** t, 1.5 - t, 0 * t]
for e in exprs:
    print(e.op.type, e.op.name, e.dtype.name, [x.op.name for x in e.op.inputs], [x.op.type for x in e.op.inputs])
with tf.Session() as s:
    print([rnd(v, 4) for v in s.run(exprs)])
it = tf.constant([3, 4], name="it")
ie = [10 - it, 10 // it, 10 % it, 2 ** it, 10 / it]
for e in ie:
    print(e.op.type, e.op.name, e.dtype.name)
with tf.Session() as s:
    print([rnd(v, 4) for v in s.run(ie)])
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
r = [[1.0, 0.0], [0.0, 2.0]] @ m
print(r.op.type, r.op.name, r.shape)
with tf.Session() as s:
    print(s.run(r).tolist())
