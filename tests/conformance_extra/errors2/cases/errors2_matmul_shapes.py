# tf.matmul static shape errors at build and dynamic shape errors at run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("inner 3 vs 4", lambda: tf.matmul(tf.zeros([2, 3]), tf.zeros([4, 5])))
B("rank1", lambda: tf.matmul(tf.zeros([3]), tf.zeros([3, 2])))
B("scalar", lambda: tf.matmul(tf.constant(1.0), tf.zeros([3, 2])))
B("transpose_a inner", lambda: tf.matmul(tf.zeros([2, 3]), tf.zeros([2, 4]), transpose_a=True))
B("transpose_b bad", lambda: tf.matmul(tf.zeros([2, 3]), tf.zeros([2, 4]), transpose_b=True))
B("batch mismatch", lambda: tf.matmul(tf.zeros([2, 2, 3]), tf.zeros([3, 3, 4])))
B("batch broadcast", lambda: tf.matmul(tf.zeros([2, 1, 2, 3]), tf.zeros([5, 3, 4])))
B("rank3 x rank2", lambda: tf.matmul(tf.zeros([2, 2, 3]), tf.zeros([3, 4])))
B("adjoint+transpose", lambda: tf.matmul(tf.zeros([2, 2]), tf.zeros([2, 2]), transpose_a=True, adjoint_a=True))
p = tf.placeholder(tf.float32, [None, None])
q = tf.placeholder(tf.float32, [None, 4])
m = B("dyn", lambda: tf.matmul(p, q))
u = tf.placeholder(tf.float32)
mu = B("unknown rank", lambda: tf.matmul(u, q))
b3 = tf.placeholder(tf.float32, [None, 2, None])
mb = B("dyn batch", lambda: tf.matmul(b3, tf.placeholder(tf.float32, [None, None, 3])))
with tf.Session() as sess:
    for lab, feed in [("ok", {p: np.ones([2, 3]), q: np.ones([3, 4])}),
                      ("bad inner", {p: np.ones([2, 3]), q: np.ones([5, 4])})]:
        try:
            print(lab, rnd(sess.run(m, feed)).__len__())
        except Exception as e:  # noqa: BLE001
            print(lab, "run", type(e).__name__)
    try:
        sess.run(mu, {u: np.ones([3]), q: np.ones([3, 4])})
        print("rank1 run ok")
    except Exception as e:  # noqa: BLE001
        print("rank1 run", type(e).__name__)
