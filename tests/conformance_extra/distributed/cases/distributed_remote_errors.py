# Errors raised in a grpc:// session: unfed placeholders, bad feeds, kernel errors, their classes.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", rnd(r))
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = x * 2.0
    u = tf.placeholder(tf.float32, None, name="u")
    r = tf.reshape(u, [3])
    chk = tf.debugging.check_numerics(x, "bad")
    idx = tf.placeholder(tf.int32, [], name="idx")
    g = tf.gather(tf.constant([1, 2, 3]), idx)
    sess = tf.Session(server.target)
    attempt("unfed", lambda: sess.run(y))
    attempt("shape", lambda: sess.run(y, {x: [1.0, 2.0, 3.0]}))
    attempt("fed", lambda: sess.run(y, {x: [1.0, 2.0]}))
    attempt("reshape", lambda: sess.run(r, {u: [1.0, 2.0]}))
    attempt("numerics", lambda: sess.run(chk, {x: [1.0, np.nan]}))
    attempt("gather", lambda: sess.run(g, {idx: 7}))
    attempt("gather ok", lambda: sess.run(g, {idx: 2}))
    attempt("bad fetch", lambda: sess.run("nope:0"))
    attempt("none fetch", lambda: sess.run(None))
    attempt("after errors", lambda: sess.run(y, {x: [3.0, 4.0]}))
    sess.close()
    attempt("closed", lambda: sess.run(y, {x: [1.0, 2.0]}))
