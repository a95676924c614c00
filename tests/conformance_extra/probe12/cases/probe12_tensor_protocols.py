# Python protocols on graph tensors: len, iter, bool, index, array, format, repr, getitem, contains.
from prelude import tf, np, rnd

t = tf.constant([[1, 2, 3], [4, 5, 6]], name="t")
p = tf.placeholder(tf.float32, None, name="p")
s0 = tf.constant(3, name="s0")
fns = {
    "len": lambda: len(t), "len_p": lambda: len(p), "iter": lambda: [x.name for x in t], "iter_p": lambda: list(p),
    "bool": lambda: bool(s0), "index": lambda: [1, 2, 3, 4][s0], "int": lambda: int(s0), "float": lambda: float(s0),
    "array": lambda: np.array(t), "asarray": lambda: np.asarray(t).shape, "format": lambda: "{:>5}".format(s0),
    "repr": lambda: repr(t), "str": lambda: str(t), "strp": lambda: str(p), "contains": lambda: 3 in t,
    "getitem": lambda: (t[1].name, t[1].shape, t[:, 1:].name, t[..., 0].shape, t[None].shape, t[1, 2].shape),
    "getitem_t": lambda: t[s0 - 2].shape, "getitem_bad": lambda: t[1.5], "getitem_3": lambda: t[0, 0, 0],
    "getitem_list": lambda: t[[0, 1]], "reversed": lambda: [x.name for x in reversed(t)] if hasattr(t, "__reversed__") else "norev",
    "round": lambda: round(s0), "copy": lambda: __import__("copy").copy(t) is t, "deepcopy": lambda: __import__("copy").deepcopy(t) is t,
    "setitem": lambda: t.__setitem__(0, 1), "nonzero": lambda: t.__nonzero__() if hasattr(t, "__nonzero__") else "none",
    "dir_has_numpy": lambda: hasattr(t, "numpy"), "numpy": lambda: t.numpy(), "eval_nosess": lambda: t.eval(),
    "array_priority": lambda: t.__array_priority__, "shape_attrs": lambda: (t.shape, t.get_shape(), t.ndim if hasattr(t, "ndim") else "nondim"),
    "device": lambda: repr(t.device), "value_index": lambda: t.value_index, "consumers": lambda: t.consumers(),
}
for k, fn in fns.items():
    try:
        r = fn()
        print(k, type(r).__name__, r)
    except Exception as e:
        print(k, "ERR", type(e).__name__, str(e).splitlines()[0][:160])
with tf.Session() as sess:
    print(sess.run([t[1], t[:, 1:], t[..., 0], t[None], t[1, 2], t[::-1], t[-1, ::2]]))
