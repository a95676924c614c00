# while_loop with nested tuple / namedtuple / dict loop_vars; structure of results.
import collections
from prelude import tf, np, rnd

P = collections.namedtuple("P", ["a", "b"])
r1 = tf.while_loop(lambda i, ab: i < 3, lambda i, ab: (i + 1, (ab[0] * 2, ab[1] + 1.0)),
                   (tf.constant(0), (tf.constant(1), tf.constant(0.5))))
print(type(r1).__name__, type(r1[1]).__name__, [t.dtype.name for t in tf.nest.flatten(r1)])
r2 = tf.while_loop(lambda p: p.a < 10, lambda p: [P(p.a + 3, p.b * 2.0)], [P(tf.constant(1), tf.constant(1.0))])
print(type(r2).__name__, type(r2[0]).__name__ if isinstance(r2, list) else "")
try:
    tf.while_loop(lambda p: p.a < 10, lambda p: P(p.a + 3, p.b * 2.0), [P(tf.constant(1), tf.constant(1.0))])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("unwrapped", type(e).__name__)
r3 = tf.while_loop(lambda d: d["i"] < 4, lambda d: [{"i": d["i"] + 1, "x": d["x"] * 3}],
                   [{"i": tf.constant(0), "x": tf.constant(1)}])
print(type(r3).__name__, sorted(r3[0].keys()) if isinstance(r3, list) else sorted(r3.keys()))
r4 = tf.while_loop(lambda i: i < 5, lambda i: i + 2, [tf.constant(0)])
print(type(r4).__name__, r4.shape)
r5 = tf.while_loop(lambda i: i < 5, lambda i: [i + 2], [tf.constant(0)], return_same_structure=True)
print(type(r5).__name__)
r6 = tf.while_loop(lambda i, j: i < 5, lambda i, j: [i + 1, j - 1], [tf.constant(0), tf.constant(0)], return_same_structure=True)
print(type(r6).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(r1)))
    print(sess.run(r2))
    print(sess.run(r3))
    print(sess.run(r4), sess.run(r5), sess.run(r6))
