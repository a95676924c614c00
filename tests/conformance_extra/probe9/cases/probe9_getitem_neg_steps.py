# negative steps, reversed ranges, out of range static errors.
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
x = tf.constant(np.arange(12).reshape(3, 4))
v = tf.constant([1, 2, 3, 4, 5])
def s(y):
    return (y.shape.as_list() if y.shape.ndims is not None else None, sess.run(y).tolist())
t("rev", lambda: s(v[::-1]))
t("rev2", lambda: s(v[::-2]))
t("rev_from", lambda: s(v[3::-1]))
t("rev_to", lambda: s(v[:1:-1]))
t("rev_neg", lambda: s(v[-1:-4:-1]))
t("rev_empty", lambda: s(v[1:3:-1]))
t("big", lambda: s(v[2:100]))
t("big_neg", lambda: s(v[-100:2]))
t("rev_big", lambda: s(v[100:-100:-1]))
t("rev2d", lambda: s(x[::-1, ::-3]))
t("step0", lambda: s(v[::0]))
t("oob", lambda: s(v[5]))
t("oob_neg", lambda: s(v[-6]))
t("oob_2d", lambda: s(x[1, 4]))
t("neg_ok", lambda: s(x[-1, -4]))
t("ph_oob", lambda: sess.run(tf.placeholder(tf.int32, [None])[3], {"Placeholder:0": [1, 2]}))
