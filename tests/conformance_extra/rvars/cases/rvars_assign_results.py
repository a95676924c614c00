# assign/assign_add/assign_sub results: type, name, op type, values; read_value=False; chaining.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
a = v.assign([5.0, 6.0])
b = v.assign_add([1.0, 1.0])
c = v.assign_sub([0.5, 0.5], name="sub_me")
d = v.assign([0.0, 0.0], read_value=False)
e = v.assign_add([1.0, 1.0], read_value=False)
for r in [a, b, c, d, e]:
    print(type(r).__name__, r.name, r.op.type if hasattr(r, "op") else None)
for r in [a, b, c]:
    print(r.dtype.name, r.shape, r.op.name)
chain = v.assign([1.0, 1.0]).assign_add([2.0, 3.0]).assign_sub([1.0, 1.0])
print(type(chain).__name__, chain.name, chain.op.type)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(a)), rnd(sess.run(b)), rnd(sess.run(c)))
    print(sess.run(d), sess.run(e), rnd(sess.run(v)))
    print(rnd(sess.run(chain)), rnd(sess.run(v)))
    print(rnd(sess.run(a + 1)), rnd(sess.run(tf.identity(b))))
