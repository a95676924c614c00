# Tensor properties: value_index, consumers, graph, eval errors, hash, set_shape.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

a = tf.constant([1, 2], name="a")
b, c = tf.split(tf.constant([1, 2, 3, 4]), 2, name="sp")
d = tf.add(a, b, name="d")
print(b.value_index, c.value_index, c.name, [o.name for o in b.consumers()], [o.name for o in a.consumers()])
print(d.graph is tf.get_default_graph(), repr(str(d.device)), d.op.outputs[0] is d)
t("hash_eq", lambda: (hash(a) == hash(a), a == a))
t("in_set", lambda: len({a, b, a}))
t("dict_key", lambda: {a: 1}[a])
t("eval_nosess", lambda: a.eval())
t("set_shape_bad", lambda: a.set_shape([3]))
p = tf.placeholder(tf.float32, [None, None])
p.set_shape([2, None])
t("after_set", lambda: p.shape.as_list())
t("set_rank_bad", lambda: p.set_shape([2]))
t("shape_of_unknown", lambda: tf.placeholder(tf.float32).shape.ndims)
t("get_shape", lambda: a.get_shape() == a.shape)
t("op_outputs", lambda: [o.name for o in tf.split(tf.zeros([4]), 4).__getitem__(0).op.outputs])
t("repr", lambda: repr(a).split(" ")[0])
t("str", lambda: str(a))
t("nbytes", lambda: getattr(a, "nbytes", "none"))
t("np_array", lambda: np.array(a))
t("array_priority", lambda: type(np.float32(2) * a).__name__)
t("int_conv", lambda: int(tf.constant(1)))
t("ref", lambda: a.ref().deref() is a)
t("experimental_ref", lambda: a.experimental_ref().deref() is a)
with tf.Session() as s:
    t("run_set", lambda: s.run(p, {p: np.zeros([3, 1])}))
