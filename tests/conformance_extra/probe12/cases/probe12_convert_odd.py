# tf.convert_to_tensor of odd values: nested tuples, lists of arrays, mixed int/float, big ints, None, ragged.
from prelude import tf, np, rnd

vals = {
    "tuple": ((1, 2), (3, 4)),
    "list_arrays": [np.array([1.0, 2.0], np.float32), np.array([3.0, 4.0], np.float32)],
    "list_arrays64": [np.array([1, 2]), np.array([3, 4])],
    "mixed": [1, 2.5, 3],
    "bigint": 2 ** 40,
    "biglist": [1, 2 ** 40],
    "toobig": 2 ** 64,
    "neg_big": -2 ** 63,
    "none_in": [1, None],
    "none": None,
    "ragged": [[1, 2], [3]],
    "gen": (x for x in range(3)),
    "dict": {"a": 1},
    "bools": [True, False],
    "bool_int": [True, 2],
    "empty": [],
    "empty2": [[], []],
    "str_mixed": ["a", 1],
    "bytes": [b"a", "b"],
    "np_scalar": np.float16(1.5),
    "np_str": np.array(["x", "y"]),
    "complex": [1 + 2j, 3],
    "range": range(3),
    "nested_tensor": [tf.constant(1.0), 2.0],
    "set": {1, 2},
}
with tf.Session() as s:
    for k, v in vals.items():
        try:
            t = tf.convert_to_tensor(v)
            print(k, t.op.type, t.dtype.name, t.shape, rnd(s.run(t), 3) if t.dtype != tf.string else s.run(t).tolist())
        except Exception as e:
            print(k, "ERR", type(e).__name__, str(e).split(" at 0x")[0][:160])
