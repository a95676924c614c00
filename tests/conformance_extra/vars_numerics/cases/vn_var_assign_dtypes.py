# assign with other dtypes (Python values, numpy arrays, tensors) and validate_shape=False.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
i = tf.Variable([1, 2], name="i")
u = tf.Variable(np.array([1, 2], np.uint8), name="u")


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.dtype.base_dtype.name)
        return r
    except Exception as e:
        print(label, type(e).__name__)


ops = [attempt("int list", lambda: v.assign([3, 4])),
       attempt("np f64", lambda: v.assign(np.array([0.5, 1.5]))),
       attempt("np i64 into int32", lambda: i.assign(np.array([7, 8], np.int64))),
       attempt("py ints into uint8", lambda: u.assign([200, 255]))]
attempt("int tensor", lambda: v.assign(tf.constant([1, 2])))
attempt("f64 tensor", lambda: tf.assign_add(v, tf.constant([1.0, 1.0], tf.float64)))
attempt("float into int", lambda: i.assign([1.5, 2.0]))
attempt("300 into uint8", lambda: u.assign([300, 1]))
attempt("-1 into uint8", lambda: u.assign([-1, 1]))
attempt("bool into float", lambda: v.assign([True, False]))
w = tf.Variable([1.0, 2.0], name="w", use_resource=False)
grow = tf.assign(w, [1.0, 2.0, 3.0, 4.0], validate_shape=False)
print(grow.shape.as_list() if grow.shape.ndims is not None else None, w.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for op in ops:
        r = sess.run(op)
        print(rnd(r), r.dtype.name)
    print(rnd(sess.run(grow)), rnd(sess.run(w)), sess.run(tf.shape(w)).tolist())
