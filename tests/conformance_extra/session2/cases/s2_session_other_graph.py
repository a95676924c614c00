# Session(graph=g) run with tensors, ops and feeds from another graph.
from prelude import tf, np

g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    a = tf.constant(1.0, name="a")
    p1 = tf.placeholder(tf.float32, name="p")
with g2.as_default():
    b = tf.constant(2.0, name="b")
    p2 = tf.placeholder(tf.float32, name="p")
    out = p2 * 2.0
sess = tf.Session(graph=g2)
print(sess.graph is g2)
print(sess.run(b), sess.run("b:0"))
for f in [a, a.op, [b, a], {"x": a}]:
    try:
        sess.run(f)
    except Exception as e:
        print(type(e).__name__)
try:
    sess.run(out, {p1: 1.0})
except Exception as e:
    print(type(e).__name__)
print(sess.run(out, {"p:0": 4.0}))
try:
    sess.run("a:0")
except Exception as e:
    print(type(e).__name__)
try:
    sess.make_callable(a)
except Exception as e:
    print(type(e).__name__)
sess.close()
