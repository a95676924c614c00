# Fetch structures: namedtuple subclasses with methods, OrderedDict order,
# nested dicts of lists, tuples, the same tensor several times.
import collections
from prelude import tf, np


class Pair(collections.namedtuple("Pair", ["a", "b"])):
    def total(self):
        return self.a + self.b


a = tf.constant(2.0, name="a")
b = tf.constant([1, 2], name="b")
with tf.Session() as sess:
    r = sess.run(Pair(a, a * 3))
    print(type(r).__name__, r.a, r.b, r.total())
    r = sess.run(collections.OrderedDict([("z", a), ("y", b), ("x", a)]))
    print(type(r).__name__, list(r.keys()), r["z"], r["y"].tolist())
    r = sess.run({"outer": {"l": [a, b], "t": (a,)}, "k": [[a], [b, a]]})
    print(type(r["outer"]["l"]).__name__, type(r["outer"]["t"]).__name__)
    print(r["outer"]["l"][0], r["outer"]["l"][1].tolist(), r["k"][1][1])
    r = sess.run((a, [a, a], {"q": a}))
    print(type(r).__name__, r[0], r[1], r[2])
    r = sess.run([])
    print(r)
    r = sess.run({})
    print(r)
    r = sess.run(())
    print(r)
    r = sess.run(Pair(a=[a, b], b={"c": a}))
    print(type(r).__name__, r.a[0], r.a[1].tolist(), r.b)
