# bool masks, bad index types, getitem on scalars and unknown rank.
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
x = tf.constant([[1, 2], [3, 4]])
t("bool_py", lambda: x[True].shape.as_list())
t("bool_np", lambda: x[np.array([True, False])])
t("bool_t", lambda: x[tf.constant([True, False])])
t("scalar", lambda: tf.constant(3)[0])
t("scalar_ell", lambda: sess.run(tf.constant(3)[...]))
t("scalar_na", lambda: sess.run(tf.constant(3)[None]).tolist())
t("dict", lambda: x[{}])
t("nested_tuple", lambda: x[(0, (1,))])
t("tensor_2d", lambda: x[tf.constant([[0]])])
t("slice_float", lambda: x[0.5:1])
t("slice_tensor_float", lambda: x[tf.constant(0.5):1])
t("iter", lambda: list(x))
t("len", lambda: len(x))
t("iter_unknown", lambda: list(tf.placeholder(tf.int32, [None])))
t("contains", lambda: 1 in x)
t("bool_ctx", lambda: bool(x))
t("index", lambda: [1, 2, 3][tf.constant(1)])
