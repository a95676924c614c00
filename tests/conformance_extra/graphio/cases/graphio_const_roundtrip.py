# Const values of many dtypes survive as_graph_def -> import_graph_def -> run.
from prelude import tf, np

g = tf.Graph()
vals = {
    "f16": np.array([1.5, -2.0], np.float16), "f64": np.array([[1e-3]], np.float64),
    "i8": np.array([-3, 4], np.int8), "u8": np.array([255, 0], np.uint8), "i64": np.array([2**40], np.int64),
    "bool": np.array([True, False]), "str": np.array([b"a", b"\x00b"]), "empty": np.zeros([0, 3], np.int32),
    "scalar": np.float32(7.25), "c64": np.array([1 + 2j], np.complex64), "u16": np.array([65535], np.uint16),
    "big": np.arange(20, dtype=np.int32).reshape(4, 5), "fill": np.full([3, 3], 2.0, np.float32),
}
with g.as_default():
    for k, v in vals.items():
        tf.constant(v, name=k)
gd = g.as_graph_def()
with tf.Graph().as_default() as h:
    tf.import_graph_def(gd, name="r")
    with tf.Session() as s:
        for k in vals:
            t = h.get_tensor_by_name("r/" + k + ":0")
            out = s.run(t)
            print(k, t.dtype.name, t.shape, out.dtype, np.array_equal(out, vals[k]), out.tolist())
for n in gd.node:
    tp = n.attr["value"].tensor
    arr = tf.make_ndarray(tp)
    print(n.name, arr.dtype, arr.shape)
