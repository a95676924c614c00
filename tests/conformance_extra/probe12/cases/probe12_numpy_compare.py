# numpy arrays and scalars with comparisons and equality against tensors, and bitwise ops with numpy bools.
from prelude import tf, np, rnd

t = tf.constant([1, 2, 3], name="t")
f = tf.constant([1.0, 2.0], name="f")
cases = {
    "arr<t": lambda: np.array([2, 2, 2], np.int32) < t,
    "t<arr": lambda: t < np.array([2, 2, 2]),
    "np32<t": lambda: np.int32(2) < t,
    "t>=np": lambda: t >= np.int64(2),
    "arr==t": lambda: np.array([1, 2, 3]) == t,
    "t==arr": lambda: t == np.array([1, 2, 3]),
    "arr!=t": lambda: np.array([1, 2, 3]) != t,
    "npbool&": lambda: np.bool_(True) & tf.constant([True, False]),
    "arrbool|": lambda: np.array([True, False]) | tf.constant([False, False]),
    "t<1.5": lambda: t < 1.5,
    "f<1": lambda: f < 1,
    "f<t": lambda: f[:1] < t[:1],
    "t<'a'": lambda: t < "a",
    "arrf64<f": lambda: np.array([1.5, 1.5]) > f,
}
with tf.Session() as s:
    for k, fn in cases.items():
        try:
            r = fn()
            if isinstance(r, np.ndarray):
                print(k, "ndarray", r.dtype, r.shape, [type(x).__name__ for x in r.flat][:3])
            elif hasattr(r, "op"):
                print(k, r.op.type, r.op.name, r.dtype.name, s.run(r).tolist())
            else:
                print(k, type(r).__name__, r)
        except Exception as e:
            print(k, "ERR", type(e).__name__, str(e).splitlines()[0][:200])
