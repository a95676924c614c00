# getitem with tensor indices, placeholders, scalar tensors.
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
i = tf.constant(1)
p = tf.placeholder(tf.int32, [])
def s(y):
    return (y.op.type, y.shape.as_list() if y.shape.ndims is not None else None, sess.run(y, {p: 2}).tolist())
t("scalar_t", lambda: s(x[i]))
t("ph", lambda: s(x[:, p]))
t("ph_slice", lambda: s(x[:, :p]))
t("t_slice", lambda: s(x[i:, i:p, ::p]))
t("int64_idx", lambda: s(x[tf.constant(1, tf.int64)]))
t("mixed_dtype", lambda: s(x[tf.constant(1, tf.int64):tf.constant(2)]))
t("float_idx", lambda: s(x[tf.constant(1.0)]))
t("vec_idx", lambda: s(x[tf.constant([0, 1])]))
t("np_int", lambda: s(x[np.int64(1), np.int32(2)]))
t("np_arr", lambda: s(x[np.array(1)]))
t("list_idx", lambda: s(x[[0, 1]]))
t("tuple_in_list", lambda: s(x[(0, 1)]))
t("str_idx", lambda: s(x["a"]))
t("float_py", lambda: s(x[1.5]))
t("none_slice", lambda: s(x[None:None:None]))
t("op_names", lambda: [n.name for n in x[1:2].op.inputs])
t("name_op", lambda: x[0, 1].name)
