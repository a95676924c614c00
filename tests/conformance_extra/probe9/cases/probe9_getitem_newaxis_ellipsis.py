# np.newaxis and Ellipsis in various positions.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

sess = tf.Session()
x = tf.reshape(tf.range(24), [2, 3, 4])
u = tf.placeholder(tf.float32, [None, 3, None])
def s(y, feed=None):
    return (y.shape.as_list() if y.shape.ndims is not None else None, np.shape(sess.run(y, feed)))
t("na_front", lambda: s(x[tf.newaxis]))
t("na_mid", lambda: s(x[:, np.newaxis, 1]))
t("ell_mid", lambda: s(x[0, ..., 1]))
t("ell_na", lambda: s(x[..., None, 2]))
t("ell_only", lambda: s(x[...]))
t("na_ell_na", lambda: s(x[None, ..., None]))
t("two_ell", lambda: s(x[..., 0, ...]))
t("ell_end_na", lambda: s(x[1:, ..., tf.newaxis]))
t("many_na", lambda: s(x[None, None, 0, None, :, None]))
t("unknown", lambda: s(u[..., 1], {u: np.zeros([2, 3, 5])}))
t("unknown_na", lambda: s(u[:, None, 0, 2:], {u: np.zeros([2, 3, 5])}))
t("unknown_rank", lambda: s(tf.placeholder(tf.float32)[..., 0]))
t("vals", lambda: sess.run(x[1, ..., None, 1:3]).tolist())
t("too_many", lambda: s(x[0, 0, 0, 0]))
t("too_many_na", lambda: s(x[0, None, 0, 0, 0]))
