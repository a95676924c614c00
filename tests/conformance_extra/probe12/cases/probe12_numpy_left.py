# numpy scalars and arrays on the left of operators with tensors: result types.
from prelude import tf, np, rnd

t = tf.constant([1.0, 2.0], name="t")
cases = {
    "f32*t": lambda: np.float32(2) * t,
    "f64*t": lambda: np.float64(2) * t,
    "i32+t": lambda: np.int32(2) + t,
    "arr+t": lambda: np.array([1.0, 2.0], np.float32) + t,
    "arrint+t": lambda: np.array([1, 2]) + t,
    "t+arr": lambda: t + np.array([1.0, 2.0], np.float32),
    "t+arr64": lambda: t + np.array([1.0, 2.0]),
    "arr-t": lambda: np.array([5.0, 5.0], np.float32) - t,
    "arr@": lambda: np.eye(2, dtype=np.float32) @ tf.constant([[1.0], [2.0]]),
}
with tf.Session() as s:
    for k, f in cases.items():
        try:
            r = f()
            print(k, type(r).__name__, getattr(r, "dtype", None))
            if isinstance(r, np.ndarray):
                print(" shape", r.shape, r.dtype, type(r.flat[0]).__name__)
                print(" vals", [rnd(s.run(x), 3) if hasattr(x, "op") else x for x in r.flat])
            else:
                print(" ", r.op.type, rnd(s.run(r), 3))
        except Exception as e:
            print(k, "ERR", type(e).__name__, str(e)[:150])
