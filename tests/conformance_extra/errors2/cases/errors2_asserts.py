# tf.assert_* / tf.debugging.*: static failures at build time, dynamic failures at run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", getattr(r, "type", r))
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("equal static fail", lambda: tf.assert_equal(tf.constant([1, 2]), tf.constant([1, 3])))
B("equal static ok", lambda: tf.assert_equal(tf.constant([1, 2]), tf.constant([1, 2])))
B("equal dtype mismatch", lambda: tf.assert_equal(tf.constant([1]), tf.constant([1.0])))
B("equal shape mismatch", lambda: tf.assert_equal(tf.constant([1, 2]), tf.constant([1, 2, 3])))
B("less static fail", lambda: tf.assert_less(tf.constant(3), tf.constant(2)))
B("positive static fail", lambda: tf.assert_positive(tf.constant([-1.0])))
B("non_negative int ok", lambda: tf.assert_non_negative(tf.constant([0])))
B("rank static fail", lambda: tf.assert_rank(tf.zeros([2, 3]), 3))
B("rank static ok", lambda: tf.assert_rank(tf.zeros([2, 3]), 2))
B("rank_at_least fail", lambda: tf.assert_rank_at_least(tf.zeros([2]), 2))
B("rank_in fail", lambda: tf.assert_rank_in(tf.zeros([2]), [0, 2]))
B("type fail", lambda: tf.assert_type(tf.zeros([2]), tf.int32))
B("type ok", lambda: tf.assert_type(tf.zeros([2]), tf.float32))
B("integer fail", lambda: tf.assert_integer(tf.zeros([2])))
B("scalar fail", lambda: tf.assert_scalar(tf.zeros([2])))
B("same_float fail", lambda: tf.assert_same_float_dtype([tf.zeros([1]), tf.zeros([1], tf.float64)]))
B("shapes fail", lambda: tf.debugging.assert_shapes([(tf.zeros([2, 3]), ("a", "b")), (tf.zeros([3]), ("a",))]))
B("near fail", lambda: tf.debugging.assert_near(tf.constant([1.0]), tf.constant([2.0])))
B("proper_iterable", lambda: tf.debugging.assert_proper_iterable("abc"))
p = tf.placeholder(tf.float32, [None])
q = tf.placeholder(tf.int32, None)
checks = [("equal", tf.assert_equal(p, 1.0)), ("positive", tf.assert_positive(p)),
          ("less", tf.assert_less(p, 3.0)), ("rank", tf.assert_rank(q, 1)),
          ("non_negative", tf.debugging.assert_non_negative(p)),
          ("all_finite", tf.debugging.assert_all_finite(p, "m")), ("Assert", tf.Assert(tf.reduce_all(p > 0), [p]))]
with tf.Session() as sess:
    for pv in [[1.0, 1.0], [2.0, 1.0], [-1.0, 5.0]]:
        for lab, op in checks:
            try:
                sess.run(op, {p: pv, q: [1] if lab != "rank" or pv[0] == 1.0 else 1})
                print(lab, pv, "ok")
            except Exception as e:  # noqa: BLE001
                print(lab, pv, "run", type(e).__name__)
