# Session.run returns RaggedTensorValues, also inside nested fetch structures.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1.5], [2., 3.]], [[4.]]])
d = tf.constant([1, 2])
with tf.Session() as s:
    v = s.run(rc)
    print(type(v).__name__, v.to_list(), v.values.tolist(), v.row_splits.tolist(), v.shape)
    print(v.dtype, v.ragged_rank)
    out = s.run({"a": rc, "b": [m, d], "c": (rc.values, rc)})
    print(sorted(out), type(out["b"][0]).__name__, out["b"][0].to_list(), out["b"][1].tolist())
    print(out["c"][0].tolist(), out["c"][1].to_list())
    mv = s.run(m)
    print(type(mv.values).__name__, mv.ragged_rank, mv.flat_values.tolist(), mv.shape)
    print([x.tolist() for x in mv.nested_row_splits])
