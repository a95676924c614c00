# get_variable with constant initial values in every form: lists, numpy arrays, tensors, with and without shape.
from prelude import tf, np, rnd


def attempt(name, **kw):
    try:
        v = tf.get_variable(name, **kw)
        print(name, v.dtype.name, v.shape.as_list())
        return v
    except Exception as e:
        print(name, type(e).__name__)


vs = [attempt("a", shape=[2, 2], initializer=tf.constant_initializer([1, 2, 3, 4])),
      attempt("b", shape=[2, 3], initializer=tf.constant_initializer(np.arange(6).reshape(2, 3))),
      attempt("c", shape=[3], dtype=tf.int64, initializer=tf.constant_initializer([5, 6, 7])),
      attempt("d", initializer=tf.constant([[1.5, 2.5]])),
      attempt("e", initializer=np.arange(4, dtype=np.int32)),
      attempt("f", initializer=[1.0, 2.0]),
      attempt("g", initializer=7),
      attempt("h", shape=[2], dtype=tf.float64, initializer=tf.zeros_initializer()),
      attempt("i", shape=[2, 2], dtype=tf.int32, initializer=tf.ones_initializer()),
      attempt("j", shape=[3], initializer=tf.constant_initializer(2)),
      attempt("k", shape=[2], dtype=tf.float64, initializer=np.array([1.0, 2.0])),
      attempt("l", shape=[], initializer=tf.constant_initializer(3.5), dtype=tf.float16)]
attempt("m", shape=[3], initializer=tf.constant_initializer([1, 2]))
attempt("n", shape=[2], initializer=tf.constant([1.0, 2.0]))
attempt("o", initializer=tf.constant([1.0, 2.0]), dtype=tf.int32)
attempt("p", initializer=tf.constant([1, 2]), dtype=tf.float32)
attempt("q", shape=[2], dtype=tf.int32, initializer=tf.constant_initializer([1.5, 2.5]))
vs = [v for v in vs if v is not None]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in vs:
        print(v.op.name, rnd(sess.run(v)))
