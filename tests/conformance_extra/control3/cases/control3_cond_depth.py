# tf.cond nested structures, None branch outputs, strict mode, mismatched structures (errors).
from prelude import tf, np, rnd

p = tf.placeholder(tf.bool, [])
x = tf.constant(2.0)
c1 = tf.cond(p, lambda: {"a": x, "b": (x, [x * 2])}, lambda: {"a": x + 1, "b": (x, [x * 3])})
print(type(c1).__name__, type(c1["b"]).__name__, type(c1["b"][1]).__name__)
c2 = tf.cond(p, lambda: [x], lambda: [x + 1.0])
c3 = tf.cond(p, lambda: [x], lambda: [x + 1.0], strict=True)
c4 = tf.cond(p, lambda: (x,), lambda: (x + 1.0,))
print(type(c2).__name__, type(c3).__name__, type(c4).__name__)
def attempt(name, fn):
    try:
        out = fn()
        print(name, "ok", type(out).__name__)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
attempt("none_both", lambda: tf.cond(p, lambda: None, lambda: None))
attempt("none_one", lambda: tf.cond(p, lambda: x, lambda: None))
attempt("struct", lambda: tf.cond(p, lambda: (x, x), lambda: x))
attempt("len", lambda: tf.cond(p, lambda: [x, x], lambda: [x]))
attempt("dict_keys", lambda: tf.cond(p, lambda: {"a": x}, lambda: {"b": x}))
attempt("dtype", lambda: tf.cond(p, lambda: x, lambda: tf.constant(1)))
attempt("pred_vec", lambda: tf.cond(tf.constant([True]), lambda: x, lambda: x))
attempt("no_false", lambda: tf.cond(p, lambda: x))
attempt("not_callable", lambda: tf.cond(p, x, lambda: x))
attempt("pybool_pred", lambda: tf.cond(True, lambda: x, lambda: x * 2))
c5 = tf.cond(p, lambda: tf.zeros([2, 3]), lambda: tf.ones([4, 3]))
c6 = tf.cond(p, lambda: tf.zeros([2]), lambda: tf.ones([2, 1]))
print(c5.shape, c6.shape)
with tf.Session() as sess:
    print(rnd(sess.run(c1, {p: True})), rnd(sess.run(c1, {p: False})))
    print(rnd(sess.run([c2, c3, c4], {p: False})), sess.run(c5, {p: False}).shape)
