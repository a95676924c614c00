# Session.run feeds and fetches: wrong dtypes/shapes, non-feedable, bad fetch kinds, foreign graphs.
from prelude import tf, np, rnd


def R(label, f):
    try:
        r = f()
        print(label, "ok", rnd(r) if not isinstance(r, np.ndarray) or r.dtype.kind != "S" else r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


p = tf.placeholder(tf.float32, [2], name="p")
i = tf.placeholder(tf.int32, [None], name="i")
s = tf.placeholder(tf.string, [], name="s")
b = tf.placeholder(tf.bool, [], name="b")
y = p * 2.0
c = tf.constant(3.0)
other = tf.Graph()
with other.as_default():
    oc = tf.constant(1.0)
with tf.Session() as sess:
    R("shape mismatch", lambda: sess.run(y, {p: [1.0, 2.0, 3.0]}))
    R("rank mismatch", lambda: sess.run(y, {p: [[1.0, 2.0]]}))
    R("scalar feed", lambda: sess.run(y, {p: 1.0}))
    R("string to float", lambda: sess.run(y, {p: ["a", "b"]}))
    R("numeric string to float", lambda: sess.run(y, {p: ["1", "2"]}))
    R("float to int", lambda: sess.run(i, {i: [1.5, 2.5]}))
    R("int64 big to int32", lambda: sess.run(i, {i: np.array([2 ** 40])}))
    R("bool to int", lambda: sess.run(i, {i: [True, False]}))
    R("int to string", lambda: sess.run(s, {s: 1}))
    R("bytes to string", lambda: sess.run(s, {s: b"x"}))
    R("int to bool", lambda: sess.run(b, {b: 1}))
    R("float to bool", lambda: sess.run(b, {b: 0.5}))
    R("None feed", lambda: sess.run(y, {p: None}))
    R("ragged feed", lambda: sess.run(i, {i: [[1], [2, 3]]}))
    R("feed tensor value", lambda: sess.run(y, {p: tf.constant([1.0, 2.0])}))
    R("feed constant", lambda: sess.run(c * 2.0, {c: 5.0}))
    R("feed by name", lambda: sess.run(y, {"p:0": [1.0, 2.0]}))
    R("feed bad name", lambda: sess.run(y, {"nope:0": [1.0, 2.0]}))
    R("feed op name", lambda: sess.run(y, {"p": [1.0, 2.0]}))
    R("feed int key", lambda: sess.run(y, {1: [1.0, 2.0]}))
    R("missing feed", lambda: sess.run(y))
    R("fetch None", lambda: sess.run(None))
    R("fetch int", lambda: sess.run(5))
    R("fetch float", lambda: sess.run(1.5))
    R("fetch other graph", lambda: sess.run(oc))
    R("fetch name", lambda: sess.run("p:0", {p: [1.0, 2.0]}))
    R("fetch bad name", lambda: sess.run("nope:0"))
    R("fetch bad output", lambda: sess.run("p:3"))
    R("fetch op name only", lambda: sess.run("p"))
    R("fetch ndarray", lambda: sess.run(np.zeros(2)))
    R("fetch list with None", lambda: sess.run([c, None]))
    R("fetch empty list", lambda: sess.run([]))
    R("feed other graph", lambda: sess.run(c, {oc: 2.0}))
