# Nested fetch structures: namedtuple containing dicts, OrderedDict, duplicates
# across structures, ops inside dicts, string names inside structures.
import collections
from prelude import tf, np, rnd

a = tf.constant(1.5, name="a")
b = tf.constant([3, 4], name="b")
s = tf.constant("hi", name="s")
op = tf.no_op(name="noop")
NT = collections.namedtuple("NT", ["x", "y", "z"])
with tf.Session() as sess:
    r = sess.run(NT(x={"k": a}, y=[b, b], z=op))
    print(type(r).__name__, type(r.x).__name__, rnd(r.x["k"]), rnd(r.y), r.z)
    od = collections.OrderedDict([("z", a), ("a", b), ("m", "s:0")])
    r = sess.run(od)
    print(type(r).__name__, list(r.keys()), rnd(r["z"]), rnd(r["a"]), r["m"])
    r = sess.run(["a:0", "noop", ("b:0", a)])
    print(rnd(r[0]), r[1], type(r[2]).__name__, rnd(r[2][0]), rnd(r[2][1]))
    r = sess.run({"one": [a, [a, (a,)]]})
    print(rnd(r["one"][0]), rnd(r["one"][1][0]), rnd(r["one"][1][1][0]))
    r = sess.run(s)
    print(type(r).__name__, r)
    r = sess.run([s, tf.constant(["p", "q"])])
    print(type(r[0]).__name__, type(r[1]).__name__, r[1].dtype, r[1].tolist())
    r = sess.run(a)
    print(type(r).__name__, r.dtype.name, np.ndim(r))
    r = sess.run(tf.constant(7, dtype=tf.int64))
    print(type(r).__name__, r.dtype.name)
    r = sess.run(tf.constant(True))
    print(type(r).__name__, r)
    dd = collections.defaultdict(list)
    dd["w"] = a
    r = sess.run(dd)
    print(type(r).__name__, rnd(r["w"]))
