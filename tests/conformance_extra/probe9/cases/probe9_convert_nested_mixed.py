# nested lists mixing tensors and python numbers.
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
a = tf.constant(1.5)
b = tf.constant([1, 2])
def s(y):
    return (y.op.type, y.dtype.name, y.shape.as_list(), rnd(sess.run(y)))
t("scalar_mix", lambda: s(tf.convert_to_tensor([a, 2.0, 3])))
t("int_mix", lambda: s(tf.convert_to_tensor([[1, 2], b])))
t("int_float", lambda: s(tf.convert_to_tensor([a, 1])))
t("int_tensor_float", lambda: s(tf.convert_to_tensor([b, [1.5, 2]])))
t("dtype_arg", lambda: s(tf.convert_to_tensor([a, 2], dtype=tf.float64)))
t("tuple", lambda: s(tf.convert_to_tensor((b, b))))
t("np_in_list", lambda: s(tf.convert_to_tensor([np.float32(1), a])))
t("ragged", lambda: s(tf.convert_to_tensor([b, [1, 2, 3]])))
t("ragged_py", lambda: s(tf.constant([[1, 2], [3]])))
t("const_tensor", lambda: s(tf.constant(b)))
t("const_list_tensor", lambda: s(tf.constant([b, b])))
t("stack", lambda: s(tf.stack([a, 2])))
t("add", lambda: s(a + [1, 2]))
t("add_int", lambda: s(b + [1.5, 2]))
t("matmul", lambda: s(tf.matmul([[1.0, 2.0]], [[a], [a]])))
t("name", lambda: tf.convert_to_tensor([a, 2.0], name="zz").name)
t("empty", lambda: s(tf.convert_to_tensor([[], []])))
