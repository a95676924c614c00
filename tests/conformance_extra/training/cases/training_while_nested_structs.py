# tf.while_loop with tuple / dict / namedtuple loop vars, maximum_iterations.
import collections
from prelude import tf, np, rnd

P = collections.namedtuple("P", ["a", "b"])
i0 = tf.constant(0)
out = tf.while_loop(lambda i, p: i < 3,
                    lambda i, p: (i + 1, P(p.a * 2.0, p.b + 1)),
                    (i0, P(tf.constant(1.0), tf.constant(10))))
print(type(out).__name__, type(out[1]).__name__, out[1].a.dtype.name, out[1].b.dtype.name)
d = tf.while_loop(lambda s: s["n"] < 5,
                  lambda s: [{"n": s["n"] + 2, "v": s["v"] * 3}],
                  [{"n": tf.constant(0), "v": tf.constant([1, 2])}])
print(type(d).__name__, sorted(d[0].keys()) if isinstance(d, list) else sorted(d.keys()))
m = tf.while_loop(lambda i: i < 100, lambda i: i + 1, [tf.constant(0)], maximum_iterations=7)
print(isinstance(m, tf.Tensor))
single = tf.while_loop(lambda i: i < 100, lambda i: i + 1, [tf.constant(0)])
print(isinstance(single, tf.Tensor), single.name.split("/")[0])
nested = tf.while_loop(lambda x: x[0] < 4, lambda x: ((x[0] + 1, x[1] * 2),),
                       [(tf.constant(0), tf.constant(1.0))])
print(type(nested).__name__, len(nested))
with tf.Session() as sess:
    r = sess.run(out)
    print(r[0], rnd(r[1].a), r[1].b)
    rd = sess.run(d)
    print(rnd(rd))
    print(sess.run(m), sess.run(single))
    print(rnd(sess.run(nested)))
