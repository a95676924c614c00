# Lists, tuples, dicts and namedtuples mixing variables, tensors and ops.
import collections
from prelude import tf, np, rnd

v = tf.Variable(2.0, name="v")
w = tf.get_variable("w", initializer=tf.constant([1, 2]))
t = v * 3.0
P = collections.namedtuple("P", ["var", "ten", "op"])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    r = sess.run([v, t, w])
    print(type(r).__name__, rnd(r[0]), rnd(r[1]), r[2].tolist())
    r = sess.run((v, [w, t]))
    print(type(r).__name__, type(r[1]).__name__, rnd(r[0]))
    r = sess.run({"a": v, "b": {"c": w, "d": t}})
    print(sorted(r), sorted(r["b"]), rnd(r["a"]), r["b"]["c"].tolist())
    r = sess.run(P(v, t, v.initializer))
    print(type(r).__name__, rnd(r.var), rnd(r.ten), r.op)
    r = sess.run([v, v, v.op, w.initializer])
    print(rnd(r[0]), rnd(r[1]), r[2], r[3])
    r = sess.run({"v": v.value(), "h": v.handle})
    print(sorted(r), type(r["h"]).__name__)
