# tf.gradients / tf.hessians argument errors: None ys, non-tensor xs, lists, empty lists, bad names.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0])
y = x * x


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r if r == [] or r is None or (isinstance(r, list) and all(t is None for t in r)) else len(r))
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("ys none", lambda: tf.gradients(None, x))
attempt("xs none", lambda: tf.gradients(y, None))
attempt("xs list none", lambda: tf.gradients(y, [None]))
attempt("empty xs", lambda: tf.gradients(y, []))
attempt("empty ys", lambda: tf.gradients([], x))
attempt("xs numpy", lambda: tf.gradients(y, np.array([1.0])))
attempt("xs float", lambda: tf.gradients(y, 1.0))
attempt("ys float", lambda: tf.gradients(1.0, x))
attempt("ys op", lambda: tf.gradients(y.op, x))
attempt("other graph", lambda: tf.gradients(y, tf.Graph().as_default().__enter__() and tf.constant(1.0)))
g = tf.Graph()
with g.as_default():
    o = tf.constant(1.0)
attempt("cross graph", lambda: tf.gradients(y, o))
attempt("hess list ys", lambda: tf.hessians([tf.reduce_sum(y), tf.reduce_sum(y)], x))
p = tf.placeholder(tf.float32)
# tf.hessians of an x with unknown shape is left out (TF builds a while_loop; tensorweave needs a static shape).
attempt("ys tuple", lambda: tf.gradients((y, y), (x,)))
attempt("grad_ys none entries", lambda: tf.gradients([y, y], x, grad_ys=[None, tf.ones([2])]))
