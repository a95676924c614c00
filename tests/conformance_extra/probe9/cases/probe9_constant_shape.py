# tf.constant with shape= broadcasting, reshape and verify_shape.
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
def s(y):
    return (y.shape.as_list(), rnd(sess.run(y)))
t("scalar_fill", lambda: s(tf.constant(7, shape=[2, 3])))
t("reshape", lambda: s(tf.constant([1, 2, 3, 4, 5, 6], shape=[2, 3])))
t("pad_last", lambda: s(tf.constant([1, 2], shape=[2, 2])))
t("too_many", lambda: s(tf.constant([1, 2, 3], shape=[2])))
t("fewer", lambda: s(tf.constant([1, 2, 3], shape=[2, 2])))
t("one_elem", lambda: s(tf.constant([5], shape=[3])))
t("nested_reshape", lambda: s(tf.constant([[1, 2], [3, 4]], shape=[4])))
t("empty_shape", lambda: s(tf.constant([1], shape=[])))
t("zero", lambda: s(tf.constant(1, shape=[0, 2])))
t("verify_ok", lambda: s(tf.constant([1, 2], shape=[2], verify_shape=True)))
t("verify_bad", lambda: tf.constant([1, 2], shape=[1, 2], verify_shape=True))
t("verify_fill", lambda: tf.constant(1, shape=[2], verify_shape=True))
t("neg_shape", lambda: tf.constant(1, shape=[-1]))
t("none_shape", lambda: tf.constant(1, shape=[None]))
t("tuple_shape", lambda: s(tf.constant(1.5, shape=(1, 2))))
t("tensorshape", lambda: s(tf.constant(1.5, shape=tf.TensorShape([2]))))
t("np_fill", lambda: s(tf.constant(np.array([1, 2]), shape=[2, 2])))
t("value_attr", lambda: tf.constant(3, shape=[2, 2]).op.get_attr("value").tensor_shape)
t("str_fill", lambda: s(tf.constant("x", shape=[2])))
