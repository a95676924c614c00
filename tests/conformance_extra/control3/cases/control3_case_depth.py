# tf.case: exclusive=True error at run time, default missing, strict, callable dicts, names.
from prelude import tf, np, rnd

x = tf.placeholder(tf.int32, [])
one = lambda: tf.constant(1)
two = lambda: tf.constant(2)
dflt = lambda: tf.constant(-1)
c1 = tf.case([(x > 0, one), (x > 5, two)], default=dflt)
c2 = tf.case([(x > 0, one), (x > 5, two)], default=dflt, exclusive=True)
c3 = tf.case([(x > 0, one), (x > 5, two)])
c4 = tf.case({x > 0: one}, default=dflt)
c5 = tf.case([(x > 0, lambda: [tf.constant(1.0)])], default=lambda: [tf.constant(2.0)], strict=True)
c6 = tf.case([(x > 0, lambda: [tf.constant(1.0)])], default=lambda: [tf.constant(2.0)])
c7 = tf.case([(x > 0, lambda: (tf.constant(1.0), tf.constant(1)))], default=lambda: (tf.constant(2.0), tf.constant(2)))
print(c1.dtype.name, type(c5).__name__, type(c6).__name__, type(c7).__name__)
with tf.Session() as sess:
    for v in [-1, 3, 9]:
        out = [sess.run(c1, {x: v}), sess.run(c4, {x: v}), rnd(sess.run(c5, {x: v})),
               rnd(sess.run(c6, {x: v})), rnd(sess.run(c7, {x: v}))]
        try:
            out.append(sess.run(c2, {x: v}))
        except Exception as e:  # noqa: BLE001
            out.append(type(e).__name__)
        try:
            out.append(sess.run(c3, {x: v}))
        except Exception as e:  # noqa: BLE001
            out.append(type(e).__name__)
        print(v, out)
def attempt(name, fn):
    try:
        fn()
        print(name, "ok")
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
attempt("empty", lambda: tf.case([], default=dflt))
attempt("not_callable", lambda: tf.case([(x > 0, 3)], default=dflt))
attempt("pred_not_bool", lambda: tf.case([(x, one)], default=dflt))
attempt("not_pairs", lambda: tf.case([x > 0], default=dflt))
attempt("mismatch", lambda: tf.case([(x > 0, one)], default=lambda: tf.constant(1.0)))
