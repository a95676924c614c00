# How Const values are stored in the GraphDef: dtype, shape and the value read back.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    tf.constant(1.5, name="scalar")
    tf.constant([1, 2, 3], tf.int64, name="vec")
    tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3), name="mat")
    tf.constant(["a", "bc"], name="strs")
    tf.constant([True, False], name="bools")
    tf.constant(7, tf.int32, shape=[2, 2], name="filled")
for n in g.as_graph_def().node:
    t = n.attr["value"].tensor
    arr = tf.make_ndarray(t)
    print(n.name, t.dtype, [d.size for d in t.tensor_shape.dim], arr.dtype, arr.tolist())
