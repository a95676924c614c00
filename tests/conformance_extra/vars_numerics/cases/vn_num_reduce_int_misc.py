# Reductions and arg-extremes over small/unsigned ints and bools: dtypes, wrap, errors.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        with tf.Graph().as_default(), tf.Session() as sess:
            t = fn()
            print(label, t.dtype.name, t.shape.as_list(), rnd(sess.run(t), 4))
    except Exception as e:
        print(label, type(e).__name__)


attempt("prod int8 wrap", lambda: tf.reduce_prod(tf.constant([16, 16, 3], tf.int8)))
attempt("prod empty int", lambda: tf.reduce_prod(tf.zeros([0], tf.int32)))
attempt("prod uint16", lambda: tf.reduce_prod(tf.constant([300, 300], tf.uint16)))
attempt("max uint64", lambda: tf.reduce_max(tf.constant(np.array([2**63, 5], np.uint64))))
attempt("min uint32", lambda: tf.reduce_min(tf.constant(np.array([2**32 - 1, 7], np.uint32))))
attempt("argmax uint8", lambda: tf.argmax(tf.constant([3, 250, 250], tf.uint8)))
attempt("argmin int8 int32", lambda: tf.argmin(tf.constant([3, -128, -128], tf.int8), output_type=tf.int32))
attempt("sum bool", lambda: tf.reduce_sum(tf.constant([True, True])))
attempt("mean bool", lambda: tf.reduce_mean(tf.constant([True, False])))
attempt("max bool", lambda: tf.reduce_max(tf.constant([True, False])))
attempt("sum int16 wrap", lambda: tf.reduce_sum(tf.constant([30000, 30000], tf.int16)))
attempt("mean int8", lambda: tf.reduce_mean(tf.constant([100, 100, 101], tf.int8)))
attempt("mean uint8 axis", lambda: tf.reduce_mean(tf.constant([[255, 254], [1, 2]], tf.uint8), axis=1))
attempt("count_nonzero uint8", lambda: tf.math.count_nonzero(tf.constant([0, 3, 0], tf.uint8)))
attempt("sum int64 axis keep", lambda: tf.reduce_sum(tf.constant([[2**40, 1], [2**40, 2]], tf.int64), 0, keepdims=True))
attempt("euclidean int", lambda: tf.norm(tf.constant([3, 4])))
attempt("all int", lambda: tf.reduce_all(tf.constant([1, 0])))
