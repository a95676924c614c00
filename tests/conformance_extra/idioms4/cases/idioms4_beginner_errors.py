# Common beginner mistakes in tutorial models and the first line of each error message.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable(tf.ones([3, 2]), name="w")
y = tf.matmul(x, w)
lbl = tf.placeholder(tf.int32, [None], name="lbl")


def first(e):
    lines = str(e).split("\n")
    for i, ln in enumerate(lines[:-1]):
        if ln.startswith("Node: "):
            op = getattr(e, "op", None)
            return "%s %s" % (op.name if op is not None else None, lines[i + 1][:60])
    return lines[0]


def attempt(f):
    try:
        r = f()
        print("ok", np.shape(r))
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__, "|", first(e))


with tf.Session() as sess:
    attempt(lambda: sess.run(y, {x: np.ones((2, 3))}))
    sess.run(w.initializer)
    attempt(lambda: sess.run(y))
    attempt(lambda: sess.run(y, {x: np.ones((2, 4))}))
    attempt(lambda: sess.run(y, {x: [[1, 2]]}))
    attempt(lambda: sess.run(y, {"x:0": np.ones((1, 3)), x: np.ones((1, 3))}))
    attempt(lambda: sess.run(y, {x: np.ones((1, 3)), "nope:0": 1}))
    attempt(lambda: sess.run("nope:0"))
    attempt(lambda: sess.run(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lbl, logits=y), {x: np.ones((2, 3)), lbl: [0, 5]}))
    attempt(lambda: sess.run(tf.reshape(y, [5, -1]), {x: np.ones((2, 3))}))
    attempt(lambda: sess.run(tf.gather(w, lbl), {lbl: [7]}))
attempt(lambda: tf.matmul(x, tf.ones([4, 2])))
attempt(lambda: tf.add(x, tf.ones([2], tf.int32)))
attempt(lambda: tf.nn.softmax_cross_entropy_with_logits(logits=y, labels=tf.ones([5, 7])))
attempt(lambda: w.assign(tf.ones([2, 2])))
attempt(lambda: tf.Session().run(y, {x: np.ones((1, 3))}))
