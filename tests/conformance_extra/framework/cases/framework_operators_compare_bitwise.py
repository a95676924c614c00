# Comparison, logical and bitwise operator overloads on Tensors.
from prelude import tf, np, rnd

a = tf.constant([1, 2, 3], name="a")
b = tf.constant([3, 2, 1], name="b")
exprs = [a < b, a <= b, a > b, a >= b, 2 < a, 2 >= a]
for t in exprs:
    print(t.op.type, t.op.name, t.dtype.name)
p = tf.constant([True, False], name="p")
q = tf.constant([True, True], name="q")
for t in [p & q, p | q, p ^ q, ~p, True & p, False | p, True ^ p]:
    print(t.op.type, t.op.name, t.dtype.name)
for t in [a & b, a | b, a ^ b, ~a, 1 & a]:
    print(t.op.type, t.op.name, t.dtype.name)
print(a.__eq__(b), a == a, a != b)
print(type(a == b).__name__)
print(tf.equal(a, b).op.type, tf.not_equal(a, b).op.name)
with tf.Session() as sess:
    print(rnd(sess.run([a < b, a >= b])))
    print(rnd(sess.run([p & q, p | q, p ^ q, ~p])))
    print(rnd(sess.run([a & b, a | b, a ^ b, ~a])))
f = tf.constant(1.5)
try:
    f & f
except Exception as e:
    print(type(e).__name__)
try:
    bool(a)
except Exception as e:
    print(type(e).__name__)
try:
    for _ in a:
        pass
except Exception as e:
    print(type(e).__name__)
try:
    len(a)
except Exception as e:
    print(type(e).__name__)
